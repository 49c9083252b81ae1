using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Notify.Client;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Letters;
using PanelCaseManager.Application.Features.Panels;
using PanelCaseManager.Application.Features.PlacementRequests;
using PanelCaseManager.Application.Features.Users;
using PanelCaseManager.Application.Notifications;
using PanelCaseManager.Application.Tests.Features.Provision;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Users;
using PanelCaseManager.Infrastructure.DemoData;
using PanelCaseManager.Infrastructure.Jobs;
using PanelCaseManager.Infrastructure.Notifications;
using PanelCaseManager.Testing;
using PanelCaseManager.Testing.Builders;

namespace PanelCaseManager.Application.Tests.Notifications;

/// <summary>
/// The GOV.UK Notify adapter against a fake HTTP handler: the requests it would send for an issued letter, and what
/// happens to the notification when Notify refuses it for good (failed with the reason) or fails for now (retried).
/// </summary>
public class GovukNotifySenderTests
{
    private const string ServiceId = "11111111-2222-3333-4444-555555555555";
    private const string Secret = "66666666-7777-8888-9999-000000000000";
    private const string TemplateId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    private ApplicationHarness? _harness;

    private ApplicationHarness App => _harness ?? throw new InvalidOperationException("Start was not called.");
    private PanelScenario _panel = null!;
    private FakeNotify _notify = null!;
    private string _caseReference = null!;

    private const string PartnerTemplateId = "bbbbbbbb-cccc-dddd-eeee-ffffffffffff";

    private async Task Start(bool postLetters, string? contactEmail, bool partnerTemplate = false)
    {
        _notify = new FakeNotify();
        var settings = LetterTestSettings.AsConfiguration();
        settings["Notify:ApiKey"] = $"panel-test-{ServiceId}-{Secret}";
        settings["Notify:LetterIssuedEmailTemplateId"] = TemplateId;
        settings["Notify:ServiceBaseUrl"] = "https://panels.example.gov.uk";
        settings["Notify:PostLetters"] = postLetters ? "true" : "false";
        if (partnerTemplate)
        {
            settings["Notify:PartnerEmailTemplateId"] = PartnerTemplateId;
        }
        var database = TestDatabase.Create();
        _harness = new ApplicationHarness(database, TestClock.Create(), settings, services => services.Replace(ServiceDescriptor.Singleton(sp =>
            new NotificationClient(new HttpClientWrapper(new HttpClient(_notify)), sp.GetRequiredService<IOptions<NotifyOptions>>().Value.ApiKey))));
        _ownedDatabase = database;
        await App.PublishSector();
        await App.SendAs(Personas.Administrator, Catalogue.Setting("117660", "Brookside Special School"));
        _panel = await PanelScenario.ReadyToDecideAsync(App);
        await App.SendAs(Personas.SendOfficer, new RecordFamilyContact.Command(
            _panel.CaseId, null, "Siân Llewelyn-Jones", ContactRole.ParentOrCarer, null, ["Tŷ Gwyn, 4 Heol y Bont", "Stevenage"], "SG1 2AB", contactEmail));
        _caseReference = (await App.SendAs(Personas.SendOfficer, new GetPlacementRequest.Query(_panel.CaseId))).Reference;
        var familyVersion = (await App.SendAs(Personas.Administrator, new ListUsers.Query(Role.Family))).Single(u => u.Id == Personas.Family.Id).Version;
        await App.SendAs(Personas.Administrator, new LinkFamilyMember.Command(Personas.Family.Id, _caseReference, "Mother", familyVersion));
    }

    private TestDatabase? _ownedDatabase;

    [TearDown]
    public async Task TearDown()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }

        if (_ownedDatabase is not null)
        {
            _ownedDatabase.Dispose();
        }

        _notify?.Dispose();
    }

    private async Task<IssueDecisionLetter.Result> IssueLetter()
    {
        var decided = await _panel.DecideAsync(Panel.AgreeFirstPreference(_panel.PanelId, _panel.CaseId, _panel.EvidenceId));
        await _panel.SignOffAsync();
        return await App.SendAs(Personas.SendOfficer, new IssueDecisionLetter.Command(decided.DecisionId));
    }

    private Task<int> Dispatch() => App.Services.GetRequiredService<NotificationDispatchJob>().RunAsync(CancellationToken.None);

    private Task<Notification> LetterNotification() =>
        App.Read(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Kind == NotificationKinds.DecisionLetterIssued));

    [Test]
    public async Task A_family_with_no_contact_email_gets_an_email_with_the_case_reference_and_link_and_the_pdf_by_post()
    {
        await Start(postLetters: false, contactEmail: null);
        var issued = await IssueLetter();

        (await Dispatch()).Should().BeGreaterThan(0);

        _notify.Requests.Should().HaveCount(2);
        var email = _notify.Requests[0];
        email.Uri.AbsolutePath.Should().Be("/v2/notifications/email");
        email.Authorization.Should().StartWith("Bearer ");
        email.Body.Should().NotContain(Secret, "the key signs a token and is never sent");
        using var emailJson = JsonDocument.Parse(email.Body);
        emailJson.RootElement.GetProperty("template_id").GetString().Should().Be(TemplateId);
        emailJson.RootElement.GetProperty("email_address").GetString().Should().Be(Personas.Family.Email);
        var personalisation = emailJson.RootElement.GetProperty("personalisation");
        personalisation.GetProperty("case_reference").GetString().Should().Be(_caseReference);
        personalisation.GetProperty("link").GetString().Should().Be($"https://panels.example.gov.uk/your-letters/{issued.LetterId}");
        email.Body.Should().NotContain("Ffion").And.NotContain("Llewelyn").And.NotContain("Siân");

        var letter = _notify.Requests[1];
        letter.Uri.AbsolutePath.Should().Be("/v2/notifications/letter");
        using var letterJson = JsonDocument.Parse(letter.Body);
        var pdf = Convert.FromBase64String(letterJson.RootElement.GetProperty("content").GetString()!);
        var stored = await App.SendAs(Personas.SendOfficer, new GetIssuedLetter.Query(issued.LetterId));
        pdf.Should().StartWith("%PDF"u8.ToArray());
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)).Should().Be(stored.Sha256);
        letterJson.RootElement.GetProperty("postage").GetString().Should().Be("second");

        var notification = await LetterNotification();
        notification.SentAt.Should().NotBeNull();
        notification.FailureReason.Should().BeNull();
        App.Logs.Lines.Should().OnlyContain(l => !l.Contains(Secret) && !l.Contains(Personas.Family.Email) && !l.Contains("Llewelyn"));
    }

    [Test]
    public async Task A_partner_is_emailed_the_reference_and_a_link_with_the_partners_template_once()
    {
        await Start(postLetters: false, contactEmail: null, partnerTemplate: true);
        var advice = await App.SendAs(Personas.SendOfficer, Panel.Advice(_panel.CaseId, Agency.Health));
        var asked = await App.SendAs(Personas.SendOfficer, new Application.Features.Partners.AskPartner.Command(
            _panel.CaseId, advice.Id, null, Personas.PartnerHealth.Id, [Domain.Partners.SharedSection.ChildDetails], []));

        await Dispatch();
        await Dispatch();

        var email = _notify.Requests.Should().ContainSingle(r => r.Body.Contains(PartnerTemplateId, StringComparison.Ordinal)).Subject;
        using var json = JsonDocument.Parse(email.Body);
        json.RootElement.GetProperty("email_address").GetString().Should().Be(Personas.PartnerHealth.Email);
        json.RootElement.GetProperty("reference").GetString().Should().NotBeNullOrEmpty();
        var personalisation = json.RootElement.GetProperty("personalisation");
        personalisation.GetProperty("link").GetString().Should().Be($"https://panels.example.gov.uk/partner/requests/{asked.Id}");
        personalisation.GetProperty("subject").GetString().Should().Contain(_caseReference);
        email.Body.Should().NotContain("Ffion").And.NotContain("Llewelyn");
    }

    [Test]
    public async Task A_family_contact_with_an_email_is_not_posted_a_letter_unless_posting_is_switched_on()
    {
        await Start(postLetters: false, contactEmail: "parent@example.org");
        await IssueLetter();

        await Dispatch();

        _notify.Requests.Should().ContainSingle().Which.Uri.AbsolutePath.Should().Be("/v2/notifications/email");
    }

    [Test]
    public async Task Posting_switched_on_posts_the_letter_even_to_a_family_contact_with_an_email()
    {
        await Start(postLetters: true, contactEmail: "parent@example.org");
        await IssueLetter();

        await Dispatch();

        _notify.Requests.Select(r => r.Uri.AbsolutePath).Should().Equal("/v2/notifications/email", "/v2/notifications/letter");
    }

    [TestCase(HttpStatusCode.BadRequest, "BadRequestError", "Can't send to this recipient using a team-only API key")]
    [TestCase(HttpStatusCode.Forbidden, "AuthError", "Invalid token: API key not found")]
    public async Task A_refusal_marks_the_notification_failed_with_the_reason_and_it_is_not_tried_again(HttpStatusCode status, string error, string message)
    {
        await Start(postLetters: false, contactEmail: "parent@example.org");
        await IssueLetter();
        _notify.Respond = _ => (status, $$"""{"status_code":{{(int)status}},"errors":[{"error":"{{error}}","message":"{{message}}"}]}""");

        await Dispatch();
        await Dispatch();

        _notify.Requests.Should().ContainSingle("a refused notification is not sent again");
        var notification = await LetterNotification();
        notification.SentAt.Should().NotBeNull();
        notification.FailureReason.Should().Contain($"HTTP {(int)status}").And.Contain(error).And.Contain(message);
    }

    [Test]
    public async Task A_server_error_leaves_the_notification_waiting_and_the_next_run_sends_it()
    {
        await Start(postLetters: false, contactEmail: "parent@example.org");
        await IssueLetter();
        _notify.Respond = _ => (HttpStatusCode.InternalServerError, """{"status_code":500,"errors":[{"error":"Exception","message":"Internal server error"}]}""");

        var failing = Dispatch;
        await failing.Should().ThrowAsync<Exception>();
        (await LetterNotification()).SentAt.Should().BeNull("a transient failure releases the claim");

        _notify.Respond = FakeNotify.Accept;
        await Dispatch();

        _notify.Requests.Should().HaveCount(2);
        var notification = await LetterNotification();
        notification.SentAt.Should().NotBeNull();
        notification.FailureReason.Should().BeNull();
    }

    [Test]
    public async Task A_timeout_leaves_the_notification_waiting()
    {
        await Start(postLetters: false, contactEmail: "parent@example.org");
        await IssueLetter();
        _notify.Respond = _ => throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout.", new TimeoutException());

        var failing = Dispatch;
        await failing.Should().ThrowAsync<Exception>();

        (await LetterNotification()).SentAt.Should().BeNull();
    }

    [Test]
    public void The_options_are_checked_on_start_without_repeating_the_key()
    {
        var validator = new NotifyOptionsValidator();
        validator.Validate(null, new NotifyOptions()).Succeeded.Should().BeTrue("Notify is optional");

        var result = validator.Validate(null, new NotifyOptions { ApiKey = "not-a-key-secret-value", LetterIssuedEmailTemplateId = "x", Postage = "carrier pigeon" });

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain("Notify:ApiKey").And.Contain("Notify:LetterIssuedEmailTemplateId")
            .And.Contain("Notify:ServiceBaseUrl").And.Contain("Notify:Postage").And.NotContain("secret-value");
        validator.Validate(null, new NotifyOptions
        {
            ApiKey = $"panel-test-{ServiceId}-{Secret}", LetterIssuedEmailTemplateId = TemplateId, ServiceBaseUrl = new Uri("https://panels.example.gov.uk"),
        }).Succeeded.Should().BeTrue();
    }

    [Test]
    public async Task A_retry_after_the_email_went_but_the_posted_letter_failed_for_now_posts_the_letter_without_a_second_email()
    {
        await Start(postLetters: true, contactEmail: "parent@example.org");
        await IssueLetter();
        _notify.Respond = request => request.Uri.AbsolutePath.EndsWith("/letter", StringComparison.Ordinal)
            ? (HttpStatusCode.ServiceUnavailable, """{"status_code":503,"errors":[{"error":"Exception","message":"Service unavailable"}]}""")
            : FakeNotify.Accept(request);

        var failing = Dispatch;
        await failing.Should().ThrowAsync<Exception>();
        (await LetterNotification()).SentAt.Should().BeNull();

        _notify.Respond = FakeNotify.Accept;
        await Dispatch();

        _notify.Requests.Select(r => r.Uri.AbsolutePath).Should().Equal(
            ["/v2/notifications/email", "/v2/notifications/letter", "/v2/notifications/letter"], "the email went once; only the letter was tried again");
        _notify.LookUps.Should().Contain(u => u.Query.Contains("template_type=email", StringComparison.Ordinal));
        (await LetterNotification()).SentAt.Should().NotBeNull();
    }

    [Test]
    public async Task An_email_notify_accepted_whose_answer_was_lost_is_not_sent_again_on_the_retry()
    {
        await Start(postLetters: false, contactEmail: "parent@example.org");
        await IssueLetter();
        _notify.LoseNextAnswer = true;

        var failing = Dispatch;
        await failing.Should().ThrowAsync<Exception>();
        await Dispatch();

        _notify.Requests.Should().ContainSingle("Notify already held the email under the notification's reference");
        (await LetterNotification()).SentAt.Should().NotBeNull();
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private sealed record CapturedRequest(HttpMethod Method, Uri Uri, string? Authorization, string Body);

    /// <summary>
    /// Stands in for Notify's API: records each message sent (a POST) and answers with <see cref="Respond"/>; answers
    /// the look-up of earlier messages (GET /v2/notifications) from the messages it accepted, by type and reference.
    /// </summary>
    private sealed class FakeNotify : HttpMessageHandler
    {
        private readonly List<(string Type, string Reference, string Id)> _accepted = [];

        /// <summary>The messages sent, in order (look-ups are not counted).</summary>
        public List<CapturedRequest> Requests { get; } = [];

        public List<Uri> LookUps { get; } = [];

        /// <summary>When set, the next send is accepted by Notify but its answer never arrives (a dropped connection).</summary>
        public bool LoseNextAnswer { get; set; }

        public Func<CapturedRequest, (HttpStatusCode Status, string Body)> Respond { get; set; } = Accept;

        public static (HttpStatusCode Status, string Body) Accept(CapturedRequest request) =>
            (HttpStatusCode.Created, $$$"""{"id":"{{{Guid.NewGuid()}}}","reference":"ref","postage":"second","content":{"body":"b","subject":"s"},"uri":"https://example.invalid/n","template":{"id":"{{{TemplateId}}}","version":1,"uri":"https://example.invalid/t"}}""");

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Get && request.RequestUri!.AbsolutePath == "/v2/notifications")
            {
                LookUps.Add(request.RequestUri);
                var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);
                var found = _accepted.Where(a => a.Type == query["template_type"] && a.Reference == query["reference"])
                    .Select(a => $$"""{"id":"{{a.Id}}","reference":"{{a.Reference}}","type":"{{a.Type}}","status":"created"}""");
                return Json(HttpStatusCode.OK, $$$"""{"notifications":[{{{string.Join(',', found)}}}],"links":{"current":"https://example.invalid/v2/notifications"}}""");
            }

            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            var captured = new CapturedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body);
            Requests.Add(captured);
            var (status, json) = Respond(captured);
            if (status == HttpStatusCode.Created)
            {
                using var sent = JsonDocument.Parse(body);
                var reference = sent.RootElement.TryGetProperty("reference", out var r) ? r.GetString() : null;
                using var answer = JsonDocument.Parse(json);
                _accepted.Add((request.RequestUri!.AbsolutePath.Split('/')[^1], reference ?? string.Empty, answer.RootElement.GetProperty("id").GetString()!));
                if (LoseNextAnswer)
                {
                    LoseNextAnswer = false;
                    throw new HttpRequestException("The connection was closed before the answer arrived.");
                }
            }

            return Json(status, json);
        }
    }
}
