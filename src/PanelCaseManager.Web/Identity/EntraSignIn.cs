using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;
using PanelCaseManager.Application.Audit;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Web.Identity;

/// <summary>
/// Sign-in through Microsoft Entra (docs/adr/0180), with Microsoft.Identity.Web: OpenID Connect for council staff
/// (Entra ID) and for families (Entra External ID), each ending in the browser session of
/// <see cref="BrowserSession"/>; and bearer tokens from the council's tenant for API clients. Whatever the door, the
/// token only says who someone is and which directory roles they hold: what they may do here comes from their account.
/// </summary>
internal static partial class EntraSignIn
{
    public const string Section = "Authentication";
    public const string StaffScheme = "Staff";
    public const string FamiliesScheme = "Families";
    public const string RefusedPath = "/sign-in/refused";

    /// <summary>The refusal page's reason when the identity provider's answer itself could not be accepted.</summary>
    public const string FailedCode = "sign-in-failed";

    public static string SectionOf(SignInDoor door) => $"{Section}:{door}";

    /// <summary>A door is configured when its section names the application (client) registered for it.</summary>
    public static bool IsConfigured(IConfiguration configuration, SignInDoor door) =>
        !string.IsNullOrWhiteSpace(configuration.GetSection(SectionOf(door))["ClientId"]);

    /// <summary>OpenID Connect for each browser door that is configured, signing in to the session cookie.</summary>
    public static void AddBrowserDoors(IServiceCollection services, AuthenticationBuilder authentication, IConfiguration configuration, RoleClaims roles)
    {
        foreach (var (door, scheme, displayName) in new[] { (SignInDoor.Staff, StaffScheme, "Council staff"), (SignInDoor.Families, FamiliesScheme, "Parents, carers and young people") })
        {
            if (!IsConfigured(configuration, door))
            {
                continue;
            }

            var section = configuration.GetSection(SectionOf(door));
            var tenant = Required(section, "TenantId");
            Required(section, "Instance");
            var issuers = ValidIssuers(section);
            authentication.AddMicrosoftIdentityWebApp(section, scheme, cookieScheme: null, displayName: displayName);

            // Registered after Microsoft.Identity.Web's own configuration, so these settings are the last word.
            services.Configure<OpenIdConnectOptions>(scheme, options =>
            {
                options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.MapInboundClaims = false;
                // One tenant per door: the issuer must be exactly that tenant's, checked without fetching anyone else's metadata.
                options.TokenValidationParameters.IssuerValidator = null;
                options.TokenValidationParameters.ValidIssuers = issuers;

                // The response comes back as a cross-site form post from the identity provider: only SameSite=None
                // cookies ride along with it. They are Secure and HttpOnly, and live only for the sign-in.
                foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
                {
                    cookie.SecurePolicy = CookieSecurePolicy.Always;
                    cookie.HttpOnly = true;
                    cookie.SameSite = SameSiteMode.None;
                }

                var validated = options.Events.OnTokenValidated;
                options.Events.OnTokenValidated = async context =>
                {
                    await validated(context);
                    if (context.Result is null)
                    {
                        await AdmitToBrowserAsync(context, door, scheme, tenant, roles);
                    }
                };
                options.Events.OnRemoteFailure = context =>
                {
                    LogSignInFailed(Logger(context.HttpContext), door, context.Failure?.GetType().Name ?? "unknown");
                    context.Response.Redirect($"{context.Request.PathBase}{RefusedPath}?reason={FailedCode}");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        }
    }

    /// <summary>Bearer tokens for the API, from the council's tenant, validated by Microsoft.Identity.Web.</summary>
    public static void AddApiDoor(IServiceCollection services, AuthenticationBuilder authentication, IConfiguration configuration, RoleClaims roles)
    {
        var section = configuration.GetSection(SectionOf(SignInDoor.Api));
        var tenant = Required(section, "TenantId");
        Required(section, "ClientId");
        Required(section, "Instance");
        var issuers = ValidIssuers(section);
        authentication.AddMicrosoftIdentityWebApi(section, JwtBearerDefaults.AuthenticationScheme);
        services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters.IssuerValidator = null;
            options.TokenValidationParameters.ValidIssuers = issuers;
            options.TokenValidationParameters.NameClaimType = PanelClaimTypes.Name;
            options.TokenValidationParameters.RoleClaimType = PanelClaimTypes.Role;

            var validated = options.Events.OnTokenValidated;
            options.Events.OnTokenValidated = async context =>
            {
                await validated(context);
                if (context.Result is not null)
                {
                    return;
                }

                var outcome = await ResolveAsync(context.HttpContext, SignInDoor.Api, context.Principal!, tenant, roles, JwtBearerDefaults.AuthenticationScheme);
                if (outcome.Succeeded)
                {
                    if (!await SessionChecks.IssuedBeforeSessionsEndedAsync(context, outcome.Principal!))
                    {
                        context.Principal = outcome.Principal;
                    }
                }
                else
                {
                    LogRefused(Logger(context.HttpContext), SignInDoor.Api, outcome.Refusal!.Value);
                    context.Fail(new SignInRefusedException(outcome.Refusal.Value));
                }
            };

            // A genuine token whose holder may not use the service is a 403 that says why; any other failure stays 401.
            var challenge = options.Events.OnChallenge;
            options.Events.OnChallenge = async context =>
            {
                if (context.AuthenticateFailure is SignInRefusedException refused)
                {
                    context.HandleResponse();
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context.HttpContext,
                        ProblemDetails =
                        {
                            Status = StatusCodes.Status403Forbidden,
                            Title = "You cannot use this service.",
                            Detail = SignInAccounts.Explain(refused.Refusal),
                            Extensions = { ["code"] = SignInAccounts.Code(refused.Refusal) },
                        },
                    });
                    return;
                }

                await challenge(context);
            };
        });
    }

    /// <summary>
    /// "Authentication:Roles": for each of the service's staff roles, the app role values or group object ids of the
    /// council's directory that grant it. Without it, each role is granted by an app role of the same name.
    /// </summary>
    public static RoleClaims RoleClaimsFrom(IConfiguration configuration)
    {
        var section = configuration.GetSection($"{Section}:Roles");
        if (!section.GetChildren().Any())
        {
            return RoleClaims.AppRolesNamedAfterRoles();
        }

        var mapping = new Dictionary<Role, IReadOnlyList<string>>();
        foreach (var child in section.GetChildren())
        {
            if (!Enum.TryParse<Role>(child.Key, ignoreCase: false, out var role) || role == Role.Family)
            {
                throw new InvalidOperationException(
                    $"Authentication:Roles:{child.Key} is not a staff role of this service. Use one of {string.Join(", ", Enum.GetNames<Role>().Where(n => n != nameof(Role.Family)))}; families are let in by the families' sign-in alone.");
            }

            var values = child.Get<string[]>() ?? [];
            if (values.Length == 0 || values.Any(string.IsNullOrWhiteSpace))
            {
                throw new InvalidOperationException($"Authentication:Roles:{child.Key} must list the app roles or group ids that grant it.");
            }

            mapping[role] = values;
        }

        return new RoleClaims(mapping);
    }

    private static async Task AdmitToBrowserAsync(Microsoft.AspNetCore.Authentication.OpenIdConnect.TokenValidatedContext context, SignInDoor door, string scheme, string tenant, RoleClaims roles)
    {
        var outcome = await ResolveAsync(context.HttpContext, door, context.Principal!, tenant, roles, scheme);
        await AuditAsync(context.HttpContext, door, outcome);
        if (outcome.Succeeded)
        {
            context.Principal = outcome.Principal;
            return;
        }

        LogRefused(Logger(context.HttpContext), door, outcome.Refusal!.Value);
        var reference = Guid.TryParse(outcome.ObjectId, out var objectId) ? $"&reference={objectId:D}" : string.Empty;
        context.Response.Redirect($"{context.Request.PathBase}{RefusedPath}?reason={SignInAccounts.Code(outcome.Refusal.Value)}{reference}");
        context.HandleResponse();
    }

    private static Task<SignInOutcome> ResolveAsync(HttpContext http, SignInDoor door, ClaimsPrincipal token, string tenant, RoleClaims roles, string authenticationType) =>
        http.RequestServices.GetRequiredService<SignInAccounts>().ResolveAsync(door, token, tenant, roles, authenticationType, http.RequestAborted);

    /// <summary>Every interactive sign-in, let in or refused, is in the audit trail: who (the directory's object id), which door, how it ended.</summary>
    private static Task AuditAsync(HttpContext http, SignInDoor door, SignInOutcome outcome) =>
        http.RequestServices.GetRequiredService<AuditTrail>().AppendInOwnTransactionAsync(
            new AuditEntry(
                http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(),
                outcome.ObjectId ?? "unidentified",
                outcome.Role?.ToString(),
                $"{door}SignIn",
                AuditKinds.SignIn,
                null,
                null,
                outcome.Succeeded ? AuditOutcomes.Succeeded : AuditOutcomes.Forbidden),
            CancellationToken.None);

    /// <summary>
    /// The issuers a door's tokens may come from: "ValidIssuers" in its section, or the v2.0 issuer of its tenant (on
    /// an External ID instance, *.ciamlogin.com, the tenant id is also the host name).
    /// </summary>
    private static string[] ValidIssuers(IConfigurationSection section)
    {
        var configured = section.GetSection("ValidIssuers").Get<string[]>();
        if (configured is { Length: > 0 })
        {
            return configured;
        }

        var tenant = section["TenantId"]!;
        var instance = new Uri(section["Instance"]!);
        return instance.Host.EndsWith(".ciamlogin.com", StringComparison.OrdinalIgnoreCase)
            ? [$"https://{tenant}.ciamlogin.com/{tenant}/v2.0"]
            : [$"{instance.GetLeftPart(UriPartial.Authority)}/{tenant}/v2.0"];
    }

    private static string Required(IConfigurationSection section, string key) =>
        section[key] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Set {section.Path}:{key} for sign-in through Microsoft Entra (see docs/adr/0180).");

    private static ILogger Logger(HttpContext http) => http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EntraSignIn).FullName!);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in through the {Door} door refused: {Refusal}")]
    private static partial void LogRefused(ILogger logger, SignInDoor door, SignInRefusal refusal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in through the {Door} door failed at the identity provider's response: {Failure}")]
    private static partial void LogSignInFailed(ILogger logger, SignInDoor door, string failure);
}

/// <summary>The token was genuine but its holder may not use the service; carried from validation to the challenge.</summary>
internal sealed class SignInRefusedException(SignInRefusal refusal) : Exception(SignInAccounts.Explain(refusal))
{
    public SignInRefusal Refusal { get; } = refusal;
}
