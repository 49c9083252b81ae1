using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Features.Timeliness;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Children;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Needs;
using PanelCaseManager.Domain.PlacementRequests;
using PanelCaseManager.Domain.Timeliness;
using PanelCaseManager.Domain.Users;

namespace PanelCaseManager.Application.Features.PlacementRequests;

/// <summary>
/// A SEND officer logs a placement request for a child, new to the service or already known to their team, and
/// assigns it to an officer of their own team (docs/adr/0185).
/// </summary>
public static class SubmitPlacementRequest
{
    [RequiresPolicy(Policies.ManageCases)]
    public sealed record Command(
        Guid? ChildId,
        ChildDetails? Child,
        RequestType? Type,
        DateOnly? ReceivedDate,
        IReadOnlyList<PreferenceInput>? Preferences,
        string? PrimaryNeed,
        string? SecondaryNeed,
        NeedLevelsInput? NeedLevels,
        string? AssignedOfficerId) : ICommand<Result>, IIdempotentCommand, IChildScoped
    {
        [JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record ChildDetails(
        string? GivenName,
        string? FamilyName,
        DateOnly? DateOfBirth,
        string? Upn,
        string? Postcode,
        double? Latitude,
        double? Longitude,
        string? CurrentSetting);

    public sealed record PreferenceInput(
        int? Rank,
        PreferenceKind? Kind,
        string? SettingName,
        string? SettingUrn,
        ProvisionKind? ProvisionKind,
        string? Reasons);

    public sealed record NeedLevelsInput(
        int? CommunicationAndInteraction,
        int? CognitionAndLearning,
        int? SocialEmotionalAndMentalHealth,
        int? SensoryAndPhysical);

    public sealed record Result(Guid Id, string Reference, int Version) : ICaseScoped
    {
        Guid ICaseScoped.PlacementRequestId => Id;
    }

    public const int NameMaxLength = 100;
    public const int SettingNameMaxLength = 200;
    public const int ReasonsMaxLength = 4000;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(PanelDbContext db, CaseAccess access, IOptions<PlacementRequestOptions> options, Sen2Catalogue sen2, TimelinessRules rules, TimeProvider clock)
        {
            ArgumentNullException.ThrowIfNull(rules);
            ArgumentNullException.ThrowIfNull(options);
            var limits = options.Value;
            var today = UkCalendar.Today(clock);

            RuleFor(c => c).Must(c => (c.ChildId is null) != (c.Child is null))
                .WithName("child")
                .OverridePropertyName("child")
                .WithMessage("Give either the id of a child already known (childId) or the new child's details (child), not both.");

            // A child id the caller may not read never gets here: the pipeline answers "not found" (IChildScoped).
            RuleFor(c => c.Child!).SetValidator(new ChildDetailsValidator(today, limits.MaximumAge)).When(c => c.Child is not null);
            // Only the children the caller may see are looked at: the answer never says whether another team knows a UPN.
            RuleFor(c => c.Child!.Upn)
                .MustAsync(async (upn, ct) =>
                {
                    var account = await access.AccountAsync(ct);
                    var parsed = UniquePupilNumber.Parse(upn!);
                    return !await access.Visible(db.PlacementRequests.AsNoTracking(), account)
                        .Join(db.Children, p => p.ChildId, c => c.Id, (_, c) => c)
                        .AnyAsync(c => c.Upn == parsed, ct);
                })
                .OverridePropertyName("child.upn")
                .WithMessage("A child with this UPN is already known to your team: submit the request with their childId instead.")
                .When(c => UniquePupilNumber.TryParse(c.Child?.Upn, out _));

            RuleFor(c => c.Type).NotNull().WithMessage("Choose the type of request.");

            RuleFor(c => c.ReceivedDate)
                .NotNull().WithMessage("Enter the date the request was received.")
                .LessThanOrEqualTo(today).WithMessage("The date the request was received cannot be in the future.")
                .GreaterThanOrEqualTo(today.AddYears(-limits.MaximumReceivedYearsAgo))
                .WithMessage($"The date the request was received must be within the last {limits.MaximumReceivedYearsAgo} years.");

            RuleFor(c => c)
                .Must(c => c.ReceivedDate >= c.Child!.DateOfBirth)
                .OverridePropertyName("receivedDate")
                .WithMessage("The request cannot have been received before the child was born.")
                .When(c => c.Child?.DateOfBirth is not null && c.ReceivedDate is not null);

            // A phase transfer is decided by the child's year group, not by when the request arrived (reg 18).
            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                if (c is not { Type: RequestType.PhaseTransfer, ReceivedDate: { } received })
                {
                    return;
                }

                var dateOfBirth = c.Child?.DateOfBirth
                                  ?? (c.ChildId is { } id
                                      ? await db.Children.Where(x => x.Id == new ChildId(id)).Select(x => (DateOnly?)x.DateOfBirth).SingleOrDefaultAsync(ct)
                                      : null);
                if (dateOfBirth is { } born && born <= received
                    && PhaseTransfer.For(rules.Clock, received, born) is { Kind: PhaseTransferKind.NotATransferYear } transfer)
                {
                    context.AddFailure("type", transfer.NotATransferYearMessage(rules.Clock));
                }
            });

            RuleFor(c => c.Preferences)
                .Must(p => p!.Count <= limits.MaximumPreferences)
                .WithMessage($"A family can rank up to {limits.MaximumPreferences} preferences.")
                .Must(HaveRanksOneToN).WithMessage("Rank the preferences 1, 2, 3… with no gaps or repeats.")
                .Must(HaveNoDuplicates).WithMessage("The same setting or type of provision appears more than once.")
                .When(c => c.Preferences is not null);
            RuleForEach(c => c.Preferences).SetValidator(new PreferenceValidator());

            RuleFor(c => c.PrimaryNeed)
                .NotEmpty().WithMessage("Enter the child's primary need as a SEN2 code, for example ASD or SLCN.")
                .Must(sen2.Contains).WithMessage(c => $"'{c.PrimaryNeed}' is not a SEN2 need code. Use one of {string.Join(", ", sen2.All.Select(n => n.Code))}.")
                .When(c => !string.IsNullOrEmpty(c.PrimaryNeed), ApplyConditionTo.CurrentValidator);
            RuleFor(c => c.SecondaryNeed)
                .Must(sen2.Contains).WithMessage(c => $"'{c.SecondaryNeed}' is not a SEN2 need code. Use one of {string.Join(", ", sen2.All.Select(n => n.Code))}.")
                .Must((c, secondary) => !string.Equals(secondary, c.PrimaryNeed, StringComparison.OrdinalIgnoreCase))
                .WithMessage("The secondary need must differ from the primary need.")
                .When(c => !string.IsNullOrEmpty(c.SecondaryNeed));

            RuleFor(c => c.NeedLevels).NotNull().WithMessage("Enter the level of need, 0 to 4, in each of the four broad areas.");
            RuleFor(c => c.NeedLevels!).SetValidator(new NeedLevelsValidator()).When(c => c.NeedLevels is not null);

            RuleFor(c => c.AssignedOfficerId)
                .NotEmpty().WithMessage("Choose the SEND officer who will hold the case.")
                .MustAsync(async (id, ct) => await access.TeamOfficers(await access.AccountAsync(ct)).AnyAsync(u => u.Id == new UserId(id!) && u.IsActive, ct))
                .WithMessage("There is no active SEND officer or team manager with this id in your team.")
                .When(c => !string.IsNullOrEmpty(c.AssignedOfficerId) && c.AssignedOfficerId.Length <= PanelDbContext.UserIdMaxLength, ApplyConditionTo.CurrentValidator);
        }

        private static bool HaveRanksOneToN(IReadOnlyList<PreferenceInput>? preferences) =>
            preferences!.Select(p => p.Rank).OrderBy(r => r).SequenceEqual(Enumerable.Range(1, preferences!.Count).Select(r => (int?)r));

        private static bool HaveNoDuplicates(IReadOnlyList<PreferenceInput>? preferences)
        {
            var choices = preferences!.Where(p => p.Kind is not null).Select(ToDomain).ToList();
            return !choices.Where((p, i) => choices.Take(i).Any(earlier => earlier.IsSameChoiceAs(p))).Any();
        }
    }

    private sealed class ChildDetailsValidator : AbstractValidator<ChildDetails>
    {
        public ChildDetailsValidator(DateOnly today, int maximumAge)
        {
            RuleFor(c => c.GivenName).NotEmpty().WithMessage("Enter the child's given name.")
                .MaximumLength(NameMaxLength).WithMessage($"The given name must be {NameMaxLength} characters or fewer.");
            RuleFor(c => c.FamilyName).NotEmpty().WithMessage("Enter the child's family name.")
                .MaximumLength(NameMaxLength).WithMessage($"The family name must be {NameMaxLength} characters or fewer.");
            RuleFor(c => c.DateOfBirth)
                .NotNull().WithMessage("Enter the child's date of birth.")
                .LessThanOrEqualTo(today).WithMessage("The date of birth cannot be in the future.")
                .Must(dob => SchoolYear.AgeOn(dob!.Value, today) <= maximumAge)
                .WithMessage($"EHC plans cover children and young people up to age {maximumAge}; check the date of birth.")
                .When(c => c.DateOfBirth is not null && c.DateOfBirth <= today, ApplyConditionTo.CurrentValidator);
            RuleFor(c => c.Upn)
                .Must(upn => UniquePupilNumber.TryParse(upn, out _))
                .WithMessage("A UPN is a letter followed by 12 characters, and its first letter must be the right check letter. Leave it blank if unknown.")
                .When(c => !string.IsNullOrWhiteSpace(c.Upn));
            RuleFor(c => c.Postcode)
                .Must(p => Postcode.TryParse(p, out _)).WithMessage("Enter a real UK postcode, like SG1 1AA.")
                .When(c => !string.IsNullOrWhiteSpace(c.Postcode));
            RuleFor(c => c.Postcode)
                .NotEmpty().WithMessage("Give the home postcode with the coordinates.")
                .When(c => c.Latitude is not null || c.Longitude is not null);
            RuleFor(c => c.Latitude)
                .NotNull().WithMessage("Give both latitude and longitude, or neither.").When(c => c.Longitude is not null);
            RuleFor(c => c.Longitude)
                .NotNull().WithMessage("Give both latitude and longitude, or neither.").When(c => c.Latitude is not null);
            RuleFor(c => c.Latitude).InclusiveBetween(-90, 90).WithMessage("Latitude is between -90 and 90.");
            RuleFor(c => c.Longitude).InclusiveBetween(-180, 180).WithMessage("Longitude is between -180 and 180.");
            RuleFor(c => c.CurrentSetting).MaximumLength(SettingNameMaxLength)
                .WithMessage($"The current setting must be {SettingNameMaxLength} characters or fewer.");
        }
    }

    internal sealed class PreferenceValidator : AbstractValidator<PreferenceInput>
    {
        public PreferenceValidator()
        {
            RuleFor(p => p.Rank).NotNull().WithMessage("Give the preference's rank (1 for first choice).");
            RuleFor(p => p.Kind).NotNull().WithMessage("Say whether the preference is a named setting or a type of provision.");
            RuleFor(p => p.SettingName)
                .NotEmpty().WithMessage("Enter the name of the setting the family prefers.")
                .When(p => p.Kind == PreferenceKind.NamedSetting);
            RuleFor(p => p.SettingName).MaximumLength(SettingNameMaxLength)
                .WithMessage($"The setting's name must be {SettingNameMaxLength} characters or fewer.");
            RuleFor(p => p.SettingUrn)
                .Matches("^[0-9]{6,7}$").WithMessage("A URN is 6 or 7 digits.")
                .When(p => !string.IsNullOrEmpty(p.SettingUrn));
            RuleFor(p => p.ProvisionKind)
                .NotNull().WithMessage("Choose the type of provision the family prefers.")
                .When(p => p.Kind == PreferenceKind.TypeOfProvision);
            RuleFor(p => p.Reasons)
                .NotEmpty().WithMessage("Record the family's reasons for this preference.")
                .MaximumLength(ReasonsMaxLength).WithMessage($"The reasons must be {ReasonsMaxLength} characters or fewer.");
        }
    }

    private sealed class NeedLevelsValidator : AbstractValidator<NeedLevelsInput>
    {
        public NeedLevelsValidator()
        {
            RuleFor(l => l.CommunicationAndInteraction).Must(BeALevel).WithMessage(LevelMessage(BroadAreaOfNeed.CommunicationAndInteraction));
            RuleFor(l => l.CognitionAndLearning).Must(BeALevel).WithMessage(LevelMessage(BroadAreaOfNeed.CognitionAndLearning));
            RuleFor(l => l.SocialEmotionalAndMentalHealth).Must(BeALevel).WithMessage(LevelMessage(BroadAreaOfNeed.SocialEmotionalAndMentalHealth));
            RuleFor(l => l.SensoryAndPhysical).Must(BeALevel).WithMessage(LevelMessage(BroadAreaOfNeed.SensoryAndPhysical));
        }

        private static bool BeALevel(int? level) => level is not null && NeedsProfile.IsValidLevel(level.Value);

        private static string LevelMessage(BroadAreaOfNeed area) =>
            $"Enter the level of need in {area.Describe().ToLowerInvariant()}, from {NeedsProfile.MinimumLevel} (none) to {NeedsProfile.MaximumLevel} (highest).";
    }

    internal static Preference ToDomain(PreferenceInput p) => new(
        p.Rank ?? 0,
        p.Kind!.Value,
        p.Kind == PreferenceKind.NamedSetting ? p.SettingName?.Trim() : null,
        p.Kind == PreferenceKind.NamedSetting && !string.IsNullOrWhiteSpace(p.SettingUrn) ? p.SettingUrn : null,
        p.Kind == PreferenceKind.TypeOfProvision ? p.ProvisionKind : null,
        p.Reasons?.Trim() ?? string.Empty);

    public sealed class Handler(
        PanelDbContext db,
        CaseReferenceAllocator references,
        ICurrentUser currentUser,
        IOptions<PlacementRequestOptions> options,
        TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var now = clock.GetUtcNow();
            var today = UkCalendar.DateOf(now);
            var rules = options.Value.ToRules();

            var child = command.ChildId is { } childId
                ? await db.Children.SingleAsync(c => c.Id == new ChildId(childId), cancellationToken)
                : RegisterChild(command.Child!, today, rules.MaximumAge);
            var officer = await db.Users.SingleAsync(u => u.Id == new UserId(command.AssignedOfficerId!), cancellationToken);

            var needs = new List<RankedNeed> { new(RankedNeed.Primary, command.PrimaryNeed!) };
            if (!string.IsNullOrWhiteSpace(command.SecondaryNeed))
            {
                needs.Add(new RankedNeed(RankedNeed.Secondary, command.SecondaryNeed));
            }

            var levels = command.NeedLevels!;
            var request = PlacementRequest.Submit(
                await references.NextAsync(today.Year, cancellationToken),
                child,
                command.Type!.Value,
                command.ReceivedDate!.Value,
                (command.Preferences ?? []).Select(ToDomain),
                needs,
                new NeedsProfile(levels.CommunicationAndInteraction!.Value, levels.CognitionAndLearning!.Value, levels.SocialEmotionalAndMentalHealth!.Value, levels.SensoryAndPhysical!.Value),
                officer,
                rules,
                currentUser.Id,
                now);
            db.PlacementRequests.Add(request);
            return new Result(request.Id.Value, request.Reference.Value, request.Version);
        }

        private Child RegisterChild(ChildDetails details, DateOnly today, int maximumAge)
        {
            var home = string.IsNullOrWhiteSpace(details.Postcode)
                ? null
                : new HomeLocation(
                    Postcode.Parse(details.Postcode),
                    details.Latitude is { } lat && details.Longitude is { } lon ? new GeoPoint(lat, lon) : null);
            var child = Child.Register(
                details.GivenName!,
                details.FamilyName!,
                details.DateOfBirth!.Value,
                string.IsNullOrWhiteSpace(details.Upn) ? null : UniquePupilNumber.Parse(details.Upn),
                home,
                details.CurrentSetting,
                today,
                maximumAge);
            db.Children.Add(child);
            return child;
        }
    }
}
