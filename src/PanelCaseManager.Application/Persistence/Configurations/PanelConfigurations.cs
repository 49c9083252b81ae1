using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PanelCaseManager.Domain.Panels;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Persistence.Configurations;

/// <summary>A list of agencies in one column, "Education,Health,SocialCare".</summary>
internal static class AgencyList
{
    public static readonly ValueConverter<IReadOnlyList<Agency>, string> Converter = new(
        v => string.Join(',', v),
        v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<Agency>).ToList());

    public static readonly ValueComparer<IReadOnlyList<Agency>> Comparer = new(
        (a, b) => a!.SequenceEqual(b!),
        v => string.Join(',', v).GetHashCode(StringComparison.Ordinal),
        v => v.ToList());
}

internal sealed class TermsOfReferenceConfiguration : IEntityTypeConfiguration<TermsOfReference>
{
    public void Configure(EntityTypeBuilder<TermsOfReference> builder)
    {
        builder.ToTable("TermsOfReference");
        builder.HasKey(t => t.Number);
        builder.Property(t => t.Number).ValueGeneratedNever();
        builder.HasIndex(t => t.EffectiveFrom);
        builder.Property(t => t.Purpose).HasMaxLength(TermsOfReference.TextMaxLength);
        builder.Property(t => t.DecisionMaking).HasMaxLength(TermsOfReference.TextMaxLength);
        builder.Property(t => t.QuorumAgencies).HasConversion(AgencyList.Converter, AgencyList.Comparer).HasMaxLength(200);
        builder.Ignore(t => t.Quorum);
    }
}

internal sealed class PanelMeetingConfiguration : IEntityTypeConfiguration<PanelMeeting>
{
    public void Configure(EntityTypeBuilder<PanelMeeting> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasIndex(m => m.MeetingDate);
        builder.HasIndex(m => m.CutOffAt);
        builder.Property(m => m.Title).HasMaxLength(PanelMeeting.TitleMaxLength);
        builder.Property(m => m.Location).HasMaxLength(PanelMeeting.TitleMaxLength);
        builder.Property(m => m.QuorumAgencies).HasConversion(AgencyList.Converter, AgencyList.Comparer).HasMaxLength(200);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(m => m.ChairId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TermsOfReference>().WithMany().HasForeignKey(m => m.TermsOfReferenceNumber).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(m => m.Quorum);

        builder.OwnsMany(m => m.Seats, seat =>
        {
            seat.ToTable("PanelMeetingSeats");
            seat.WithOwner().HasForeignKey("PanelMeetingId");
            seat.HasKey("PanelMeetingId", nameof(PanelSeat.UserId));
            seat.Property(s => s.DisplayName).HasMaxLength(200);
        });
        builder.Navigation(m => m.Seats).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(m => m.Agenda, item =>
        {
            item.ToTable("PanelAgendaItems");
            item.WithOwner().HasForeignKey("PanelMeetingId");
            item.HasKey("PanelMeetingId", nameof(AgendaItem.PlacementRequestId));
            item.HasIndex(a => a.PlacementRequestId);
            item.HasOne<PlacementRequest>().WithMany().HasForeignKey(a => a.PlacementRequestId).OnDelete(DeleteBehavior.Restrict);
            item.Property(a => a.LateReason).HasMaxLength(PanelMeeting.ReasonMaxLength);
        });
        builder.Navigation(m => m.Agenda).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(m => m.Attendance, attendee =>
        {
            attendee.ToTable("PanelAttendance");
            attendee.WithOwner().HasForeignKey("PanelMeetingId");
            attendee.HasKey("PanelMeetingId", nameof(Attendee.UserId));
        });
        builder.Navigation(m => m.Attendance).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(m => m.Conflicts, conflict =>
        {
            conflict.ToTable("PanelConflictDeclarations");
            conflict.WithOwner().HasForeignKey("PanelMeetingId");
            conflict.HasKey("PanelMeetingId", nameof(ConflictDeclaration.MemberId), nameof(ConflictDeclaration.PlacementRequestId));
            conflict.Property(c => c.Reason).HasMaxLength(PanelMeeting.ReasonMaxLength);
        });
        builder.Navigation(m => m.Conflicts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CasePackConfiguration : IEntityTypeConfiguration<CasePack>
{
    public void Configure(EntityTypeBuilder<CasePack> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<PanelMeeting>().WithMany().HasForeignKey(p => p.PanelMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlacementRequest>().WithMany().HasForeignKey(p => p.PlacementRequestId).OnDelete(DeleteBehavior.Restrict);
        // One frozen pack per case per meeting: two freezes racing cannot both succeed.
        builder.HasIndex(p => new { p.PanelMeetingId, p.PlacementRequestId }).IsUnique();
        builder.HasIndex(p => p.PlacementRequestId);
        builder.Property(p => p.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Ignore(p => p.IsIntact);
    }
}

internal sealed class AgencyViewConfiguration : IEntityTypeConfiguration<AgencyView>
{
    public void Configure(EntityTypeBuilder<AgencyView> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.HasOne<PanelMeeting>().WithMany().HasForeignKey(v => v.PanelMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.PanelMeetingId, v.PlacementRequestId });
        builder.Property(v => v.Summary).HasMaxLength(AgencyView.SummaryMaxLength);
    }
}

internal sealed class PanelDecisionConfiguration : IEntityTypeConfiguration<PanelDecision>
{
    public void Configure(EntityTypeBuilder<PanelDecision> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<PanelMeeting>().WithMany().HasForeignKey(d => d.PanelMeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlacementRequest>().WithMany().HasForeignKey(d => d.PlacementRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CasePack>().WithMany().HasForeignKey(d => d.CasePackId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PanelDecision>().WithMany().HasForeignKey(d => d.SupersedesDecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.PanelMeetingId, d.PlacementRequestId });
        builder.HasIndex(d => d.PlacementRequestId);
        // A signed-off decision is corrected at most once; a second correction corrects the first.
        builder.HasIndex(d => d.SupersedesDecisionId).IsUnique();
        builder.HasIndex(d => new { d.Status, d.SignedOffAt });
        builder.Property(d => d.CasePackSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.ContentSha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.QuorumExplanation).HasMaxLength(1000);
        builder.Property(d => d.SupersedeReason).HasMaxLength(PanelDecision.ReasonsMaxLength);
        builder.Property(d => d.Content).HasConversion(JsonColumn.Converter<DecisionContent>(), JsonColumn.Comparer<DecisionContent>());
        builder.Property(d => d.CountedMembers).HasConversion(JsonColumn.Converter<IReadOnlyList<Attendee>>(), JsonColumn.Comparer<IReadOnlyList<Attendee>>());
        builder.Property(d => d.AgencyViews).HasConversion(JsonColumn.Converter<IReadOnlyList<AgencyViewSnapshot>>(), JsonColumn.Comparer<IReadOnlyList<AgencyViewSnapshot>>());
        // Decisions recorded before profile versions were kept read as having none.
        builder.Property(d => d.SectorProfiles).HasConversion(JsonColumn.Converter<IReadOnlyList<SectorProfileUsed>>(), JsonColumn.Comparer<IReadOnlyList<SectorProfileUsed>>())
            .HasDefaultValueSql("'[]'");
        builder.Property(d => d.Placement).HasConversion(JsonColumn.Converter<DecisionPlacement?>(), JsonColumn.Comparer<DecisionPlacement?>());
        builder.Ignore(d => d.IsSignedOff);
        builder.Ignore(d => d.IsIntact);
    }
}
