using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PanelCaseManager.Application.Common;
using PanelCaseManager.Application.Persistence;
using PanelCaseManager.Application.Security;
using PanelCaseManager.Domain.Common;
using PanelCaseManager.Domain.Letters;

namespace PanelCaseManager.Application.Features.Letters;

/// <summary>
/// An administrator saves new wording for an outcome's letter. It becomes the next version, used by every letter
/// from then on; earlier versions stay as they were. Wording with an unknown placeholder, broken syntax or without
/// what the law requires the letter to say is refused, naming the line.
/// </summary>
public static class SaveLetterTemplate
{
    [RequiresPolicy(Policies.Administer)]
    public sealed record Command(LetterOutcome Outcome, string? Body, string? Note, int? BasedOnVersion) : ICommand<Result>, IIdempotentCommand
    {
        [JsonIgnore]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Result(LetterOutcome Outcome, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(ILetterTemplateEngine engine, IOptions<LetterTemplateLimits> limits)
        {
            RuleFor(c => c.Outcome).IsInEnum().WithMessage("Choose one of the outcomes a letter is written for.");
            RuleFor(c => c.BasedOnVersion)
                .NotNull().WithMessage("Give the version you started from (the current version when you read it), so that nobody's wording is overwritten.")
                .GreaterThanOrEqualTo(1).WithMessage("Versions are numbered from 1.");
            RuleFor(c => c.Note).MaximumLength(LetterTemplate.MaximumNoteLength)
                .WithMessage($"The note must be {LetterTemplate.MaximumNoteLength} characters or fewer.");
            RuleFor(c => c.Body)
                .NotEmpty().WithMessage("Enter the wording of the letter.")
                .Must(body => body is null || body.Length <= limits.Value.MaximumCharacters)
                .WithMessage(c => LetterTemplateLimits.TooLong(c.Body?.Length ?? 0, limits.Value.MaximumCharacters))
                .DependentRules(() => RuleFor(c => c.Body).Custom((body, context) =>
                {
                    foreach (var problem in engine.Validate(context.InstanceToValidate.Outcome, body!))
                    {
                        context.AddFailure(nameof(Command.Body), problem.ToString());
                    }
                }));
        }
    }

    public sealed class Handler(PanelDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICommandHandler<Command, Result>
    {
        public async ValueTask<Result> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var current = await db.LetterTemplates
                .Where(t => t.Outcome == command.Outcome)
                .OrderByDescending(t => t.Version)
                .FirstOrDefaultAsync(cancellationToken);
            var currentVersion = current?.Version ?? 0;
            if (command.BasedOnVersion != currentVersion)
            {
                throw new ConcurrencyConflictException(command.BasedOnVersion!.Value, currentVersion);
            }

            var next = LetterTemplate.NextVersion(current, command.Outcome, command.Body!, command.Note, currentUser.Id, clock.GetUtcNow());
            db.LetterTemplates.Add(next);
            return new Result(next.Outcome, next.Version);
        }
    }
}
