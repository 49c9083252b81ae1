using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace PanelCaseManager.Web.Ui;

/// <summary>
/// Names a GOV.UK date input (a <see cref="DateParts"/> bound from <c>{name}.day</c>, <c>.month</c> and <c>.year</c>)
/// in the words of the page's error messages. The binder (<see cref="DatePartsBinder"/>) puts the one message for
/// boxes that make no real date against the field; without this attribute the field is "The date". Whether a date
/// may be left empty is the command's rule (its validator names the field), not the binder's.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class DateInputAttribute(string label) : Attribute
{
    /// <summary>The date as a sentence starts with it: "The day the family was told".</summary>
    public string Label { get; } = label;

    /// <summary>An example in the boxes' order, day month year.</summary>
    public string Example { get; init; } = "14 3 2026";
}

/// <summary>The messages of a GOV.UK date input, in one place.</summary>
public static class DateInputMessages
{
    public static string NotARealDate(string label, string example) => $"{label} must be a real date, like {example}.";
}

/// <summary>
/// Binds the three boxes of a GOV.UK date input as typed (so the form can show them again) and, when they are
/// filled but make no real date, adds the field's error to ModelState — so a page needs only its ModelState
/// and <see cref="DateParts.Date"/>.
/// </summary>
public sealed class DatePartsBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var name = bindingContext.ModelName;
        var parts = new DateParts
        {
            Day = Value(bindingContext, name, "day"),
            Month = Value(bindingContext, name, "month"),
            Year = Value(bindingContext, name, "year"),
        };

        var input = (bindingContext.ModelMetadata as DefaultModelMetadata)?.Attributes.Attributes.OfType<DateInputAttribute>().FirstOrDefault()
                    ?? new DateInputAttribute("The date");
        if (!parts.IsEmpty && parts.Date is null)
        {
            bindingContext.ModelState.TryAddModelError(name, DateInputMessages.NotARealDate(input.Label, input.Example));
        }

        bindingContext.Result = ModelBindingResult.Success(parts);
        return Task.CompletedTask;
    }

    private static string? Value(ModelBindingContext context, string name, string part)
    {
        var key = string.IsNullOrEmpty(name) ? part : $"{name}.{part}";
        var value = context.ValueProvider.GetValue(key);
        if (value != ValueProviderResult.None)
        {
            context.ModelState.SetModelValue(key, value);
        }

        return value.FirstValue;
    }
}

/// <summary>Uses <see cref="DatePartsBinder"/> for every <see cref="DateParts"/> a page binds.</summary>
public sealed class DatePartsBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.ModelType == typeof(DateParts) ? new DatePartsBinder() : null;
    }
}
