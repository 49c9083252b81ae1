using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Application.Features.Partners;
using PanelCaseManager.Domain.Partners;

namespace PanelCaseManager.Application.Persistence;

/// <summary>Requests addressed to partners (professionals and settings), with what was shared, and the reminders they were sent.</summary>
public partial class PanelDbContext
{
    public DbSet<PartnerRequest> PartnerRequests => Set<PartnerRequest>();
    public DbSet<PartnerReminderDelivery> PartnerReminderDeliveries => Set<PartnerReminderDelivery>();
}
