using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class CaseClockConfiguration : IEntityTypeConfiguration<CaseClock>
{
    public void Configure(EntityTypeBuilder<CaseClock> builder)
    {
        builder.HasKey(c => c.PlacementRequestId);
        builder.HasOne<PlacementRequest>().WithOne().HasForeignKey<CaseClock>(c => c.PlacementRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Domain.Children.Child>().WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Restrict);

        builder.OwnsMany(c => c.Events, e =>
        {
            e.ToTable("CaseClockEvents");
            e.WithOwner().HasForeignKey("PlacementRequestId");
            e.HasKey("PlacementRequestId", nameof(ClockEvent.Sequence));
            e.Property(x => x.Sequence).ValueGeneratedNever();
            e.Property(x => x.Source).HasMaxLength(50);
        });
        builder.Navigation(c => c.Events).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.Exceptions, e =>
        {
            e.ToTable("CaseClockExceptions");
            e.WithOwner().HasForeignKey("PlacementRequestId");
            e.HasKey("PlacementRequestId", nameof(StatutoryException.Sequence));
            e.Property(x => x.Sequence).ValueGeneratedNever();
            e.Property(x => x.ReasonCode).HasMaxLength(60);
            e.Property(x => x.Note).HasMaxLength(CaseClock.NoteMaxLength);
        });
        builder.Navigation(c => c.Exceptions).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.LateExplanations, e =>
        {
            e.ToTable("CaseClockLateExplanations");
            e.WithOwner().HasForeignKey("PlacementRequestId");
            e.HasKey("PlacementRequestId", nameof(LateDeadlineExplanation.Sequence));
            e.Property(x => x.Sequence).ValueGeneratedNever();
            e.Property(x => x.Reason).HasMaxLength(CaseClock.LateReasonMaxLength);
        });
        builder.Navigation(c => c.LateExplanations).UsePropertyAccessMode(PropertyAccessMode.Field);

        // A tribunal order's deadline (the order is the appeal's): the clock recomputes from it like from an event.
        builder.OwnsMany(c => c.Orders, e =>
        {
            e.ToTable("CaseClockOrders");
            e.WithOwner().HasForeignKey("PlacementRequestId");
            e.HasKey("PlacementRequestId", nameof(ClockOrder.OrderId));
            e.Property(x => x.OrderId).ValueGeneratedNever();
        });
        builder.Navigation(c => c.Orders).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasMany(c => c.Milestones).WithOne().HasForeignKey(m => m.PlacementRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Milestones).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CaseMilestoneConfiguration : IEntityTypeConfiguration<CaseMilestone>
{
    public void Configure(EntityTypeBuilder<CaseMilestone> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Slot).HasMaxLength(40);
        builder.Property(m => m.ExceptionReasons).HasMaxLength(400);
        builder.HasIndex(m => new { m.PlacementRequestId, m.Kind, m.Slot }).IsUnique();

        // The sweep reads only the milestones whose next reminder has fallen due.
        builder.HasIndex(m => m.NextReminderOn);

        // Timeliness reads the milestones met in a period from this index alone (it covers every column the report counts).
        builder.HasIndex(m => new { m.MetOn, m.Kind, m.ExceptionApplies, m.MetWithinLimit, m.DaysTaken });

        // A sweep and a recompute on different instances must not overwrite each other's view of the deadline.
        builder.Property(m => m.DueDate).IsConcurrencyToken();
        builder.Property(m => m.NextReminderOn).IsConcurrencyToken();
    }
}

internal sealed class BankHolidayConfiguration : IEntityTypeConfiguration<BankHoliday>
{
    public void Configure(EntityTypeBuilder<BankHoliday> builder)
    {
        builder.HasKey(h => h.Date);
        builder.Property(h => h.Title).HasMaxLength(BankHoliday.TitleMaxLength);
        builder.HasData(BankHoliday.EnglandAndWales2025To2028.Select(h => new { h.Date, h.Title }));
    }
}

internal sealed class ReminderDeliveryConfiguration : IEntityTypeConfiguration<ReminderDelivery>
{
    public void Configure(EntityTypeBuilder<ReminderDelivery> builder)
    {
        // Exactly once per milestone, step and due date, whatever number of instances sweep at the same time.
        builder.HasKey(r => new { r.MilestoneId, r.Step, r.DueDate });
        builder.Property(r => r.Step).HasMaxLength(40);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasMaxLength(Notification.KindMaxLength);
        builder.Property(n => n.Subject).HasMaxLength(Notification.SubjectMaxLength);
        builder.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        builder.Property(n => n.FailureReason).HasMaxLength(Notification.FailureReasonMaxLength);
        builder.HasIndex(n => new { n.SentAt, n.CreatedAt });
        builder.HasIndex(n => new { n.RecipientId, n.CreatedAt });
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Restrict);
    }
}
