using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Domain.Timeliness;

namespace PanelCaseManager.Application.Persistence;

public partial class PanelDbContext
{
    public DbSet<CaseClock> CaseClocks => Set<CaseClock>();
    public DbSet<CaseMilestone> CaseMilestones => Set<CaseMilestone>();
    public DbSet<BankHoliday> BankHolidays => Set<BankHoliday>();
    public DbSet<ReminderDelivery> ReminderDeliveries => Set<ReminderDelivery>();
    public DbSet<Notification> Notifications => Set<Notification>();
}
