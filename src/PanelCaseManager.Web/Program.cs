using PanelCaseManager.Application;
using PanelCaseManager.Infrastructure;
using PanelCaseManager.Web;
using PanelCaseManager.Web.Api;
using PanelCaseManager.Web.Audit;
using PanelCaseManager.Web.Errors;
using PanelCaseManager.Web.Hosting;
using PanelCaseManager.Web.Identity;
using PanelCaseManager.Web.Jobs;
using PanelCaseManager.Web.Security;
using PanelCaseManager.Web.Ui;

var builder = WebApplication.CreateBuilder(args);

// ASP.NET Core's request lines hold whole URLs, query strings too (a search for a child's name): never written,
// whatever level an operator chooses. Failures are logged by route pattern instead (Errors/RequestFailures).
builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

builder.Services.AddApplication(builder.Configuration);
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddPanelIdentity(builder.Configuration, builder.Environment);
builder.Services.AddPanelAuditTrail(builder.Configuration, builder.Environment);
builder.Services.AddPanelBackgroundJobs(builder.Configuration);
builder.Services.AddPanelReverseProxy(builder.Configuration);
builder.Services.AddPanelTelemetry(builder.Configuration);

builder.Services.AddPanelApi();
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddPanelProblemDetails();
builder.Services.AddPanelRateLimits(builder.Configuration);
builder.Services.AddPanelHealthChecks();
builder.Services.AddPanelFallbackPolicy();
builder.Services.AddPanelTransportSecurity(builder.Configuration);
builder.Services.AddPanelPages(builder.Configuration);

var app = builder.Build();

app.UsePanelReverseProxy();
app.UsePanelErrorPages();
app.UseSecurityHeaders();
app.UsePanelTransportSecurity();

app.UseStaticFiles();
app.UseRouting();
app.UseSignInRateLimits();
app.UseAuthentication();
app.UseCurrentUser();
app.UseAuthorization();
app.UseRateLimiter();

app.MapPanelHealthChecks();
app.MapPanelApiReference();
app.MapPanelApi();
app.MapDevelopmentSignIn();
app.MapPanelJobsDashboard();
app.MapRazorPages();

if (args.Contains(DatabaseStartup.MigrateCommand, StringComparer.Ordinal))
{
    // A deployment's migration job: bring the database up to date once, then exit without serving.
    await app.MigrateDatabaseAsync();
    return;
}

await app.InitialiseDatabaseAsync();
await app.CheckpointAuditTrailAtStartAsync();
await app.RunAsync();

/// <summary>The web host; public so that tests can start it.</summary>
public partial class Program;
