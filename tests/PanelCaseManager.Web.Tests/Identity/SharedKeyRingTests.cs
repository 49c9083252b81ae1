using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Web.Identity;
using PanelCaseManager.Web.Tests.Pages;

namespace PanelCaseManager.Web.Tests.Identity;

/// <summary>
/// The data-protection keys live in the database (docs/adr/0181): a second instance of the app on the same database
/// (another server, or the same one after a restart) reads what the first one protected, including the antiforgery
/// token of a form it served; an instance on another database cannot.
/// </summary>
public class SharedKeyRingTests
{
    private static readonly WebApplicationFactoryClientOptions NoCookies = new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false };

    [Test]
    public async Task The_key_ring_is_kept_in_the_database_and_read_by_a_new_instance()
    {
        await using var first = new EntraWebApplicationFactory();
        var protectedText = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a session");

        await using (var scope = first.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<PanelDbContext>().DataProtectionKeys.CountAsync()).Should().BeGreaterThan(0);
        }

        await using var second = new EntraWebApplicationFactory(new Dictionary<string, string?> { ["ConnectionStrings:PanelCaseManager"] = first.ConnectionString });
        second.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedText).Should().Be("a session");
    }

    [Test]
    public async Task A_form_served_by_one_instance_is_accepted_by_another_on_the_same_database_only()
    {
        await using var first = new EntraWebApplicationFactory();
        var (cookie, token) = await SignInFormAsync(first);

        await using var second = new EntraWebApplicationFactory(new Dictionary<string, string?> { ["ConnectionStrings:PanelCaseManager"] = first.ConnectionString });
        await using var elsewhere = new EntraWebApplicationFactory();

        using var accepted = await PressStaffButtonAsync(second, cookie, token);
        accepted.StatusCode.Should().Be(HttpStatusCode.Redirect, "the antiforgery token was made with the shared key ring");
        accepted.Headers.Location!.Host.Should().Be("login.microsoftonline.com");

        using var refused = await PressStaffButtonAsync(elsewhere, cookie, token);
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest, "an instance with another key ring cannot read the token");
    }

    private static async Task<(string Cookie, string Token)> SignInFormAsync(EntraWebApplicationFactory factory)
    {
        using var client = factory.CreateClient(NoCookies);
        using var response = await client.GetAsync("/sign-in");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(BrowserSession.AntiforgeryCookieName + "=", StringComparison.Ordinal)).Split(';')[0];
        var page = await HtmlClient.ParseAsync(response);
        var token = page.QuerySelector("form[action*=staff] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return (cookie, token);
    }

    private static async Task<HttpResponseMessage> PressStaffButtonAsync(EntraWebApplicationFactory factory, string cookie, string token)
    {
        using var client = factory.CreateClient(NoCookies);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sign-in?handler=staff")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["returnUrl"] = "/" }),
        };
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
