using PanelCaseManager.Domain.Common;

namespace PanelCaseManager.Domain.Children;

/// <summary>A WGS84 latitude and longitude in decimal degrees.</summary>
public sealed record GeoPoint
{
    private const double EarthRadiusKm = 6371.0088;

    public GeoPoint(double latitude, double longitude)
    {
        if (!IsValid(latitude, longitude))
        {
            throw new DomainRuleException("coordinates-out-of-range", $"({latitude}, {longitude}) is not a valid latitude and longitude.");
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; private init; }
    public double Longitude { get; private init; }

    public static bool IsValid(double latitude, double longitude) =>
        latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180 && double.IsFinite(latitude) && double.IsFinite(longitude);

    /// <summary>Great-circle distance by the haversine formula.</summary>
    public double KilometresTo(GeoPoint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var dLat = ToRadians(other.Latitude - Latitude);
        var dLon = ToRadians(other.Longitude - Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
                + (Math.Cos(ToRadians(Latitude)) * Math.Cos(ToRadians(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
