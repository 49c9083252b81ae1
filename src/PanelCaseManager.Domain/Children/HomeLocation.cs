namespace PanelCaseManager.Domain.Children;

/// <summary>Where the child lives: a postcode and, when known, its coordinates for distances to settings.</summary>
public sealed record HomeLocation
{
    public HomeLocation(Postcode postcode, GeoPoint? coordinates)
    {
        Postcode = postcode ?? throw new ArgumentNullException(nameof(postcode));
        Coordinates = coordinates;
    }

    // For materialisation: the coordinates are an owned value that cannot be passed to a constructor.
    private HomeLocation() => Postcode = null!;

    public Postcode Postcode { get; private init; }
    public GeoPoint? Coordinates { get; private init; }
}
