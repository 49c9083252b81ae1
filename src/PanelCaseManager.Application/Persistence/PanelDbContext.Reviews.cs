using Microsoft.EntityFrameworkCore;
using PanelCaseManager.Domain.Plans;

namespace PanelCaseManager.Application.Persistence;

/// <summary>The annual reviews of the plans in the register (CFA 2014 s.44; SEND Regulations 2014 regs 20–22).</summary>
public partial class PanelDbContext
{
    public DbSet<AnnualReview> AnnualReviews => Set<AnnualReview>();
}
