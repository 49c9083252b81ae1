using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Plans;
using PanelCaseManager.Domain.Provision;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class EhcPlanConfiguration : IEntityTypeConfiguration<EhcPlan>
{
    public void Configure(EntityTypeBuilder<EhcPlan> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<Child>().WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Setting>().WithMany().HasForeignKey(p => p.SettingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(p => p.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlacementRequest>().WithMany().HasForeignKey(p => p.FinalisedInCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.RecordedBy).HasMaxLength(PanelDbContext.UserIdMaxLength);
        builder.Property(p => p.NamedInPlan).HasMaxLength(EhcPlan.SettingNameMaxLength);

        // One plan per child: a child in the register twice would be counted in two cohorts and reviewed twice.
        builder.HasIndex(p => p.ChildId).IsUnique();
        builder.HasIndex(p => new { p.OfficerId, p.PlanDate });
        builder.HasIndex(p => p.SettingId);
    }
}
