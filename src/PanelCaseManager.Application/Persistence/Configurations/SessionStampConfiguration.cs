using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Persistence.Configurations;

internal sealed class SessionStampConfiguration : IEntityTypeConfiguration<SessionStamp>
{
    public void Configure(EntityTypeBuilder<SessionStamp> builder)
    {
        builder.ToTable("UserSessionStamps");
        builder.HasKey(s => s.UserId);
        builder.HasOne<UserAccount>().WithOne().HasForeignKey<SessionStamp>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
