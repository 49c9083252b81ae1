using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Domain.Consultations;
using PanelCaseManager.Domain.Evidence;
using PanelCaseManager.Domain.Panels;

namespace PanelCaseManager.Application.Persistence;

/// <summary>Evidence, advice, views, panel meetings, their frozen papers, decisions and consultations.</summary>
public partial class PanelDbContext
{
    public DbSet<EvidenceItem> EvidenceItems => Set<EvidenceItem>();
    public DbSet<AdviceRequest> AdviceRequests => Set<AdviceRequest>();
    public DbSet<CaseView> CaseViews => Set<CaseView>();
    public DbSet<TermsOfReference> TermsOfReference => Set<TermsOfReference>();
    public DbSet<PanelMeeting> PanelMeetings => Set<PanelMeeting>();
    public DbSet<CasePack> CasePacks => Set<CasePack>();
    public DbSet<AgencyView> AgencyViews => Set<AgencyView>();
    public DbSet<PanelDecision> PanelDecisions => Set<PanelDecision>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
}
