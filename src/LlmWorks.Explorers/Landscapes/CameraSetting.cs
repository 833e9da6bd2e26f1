using LlmWorks.Explorers.Settings;
using LlmWorks.Figures.Model;

namespace LlmWorks.Explorers.Landscapes;

/// <summary>
/// Reads <c>camera: { azimuth, elevation, distance, zoom }</c>: a page can turn its surfaces so a
/// valley runs across the picture instead of away from the reader. Every key is optional.
/// </summary>
internal static class CameraSetting
{
    public static Camera Read(SettingsNode node)
    {
        var map = node.AsMap("camera");
        map.OnlyKeys("azimuth", "elevation", "distance", "zoom");
        var d = new Camera();
        return new Camera(
            Value(map, "azimuth", -180, 180) ?? d.AzimuthDeg,
            Value(map, "elevation", 5, 85) ?? d.ElevationDeg,
            Value(map, "distance", 2, 50) ?? d.Distance,
            Value(map, "zoom", 0.25, 4) ?? d.Zoom);
    }

    private static double? Value(SettingsMap map, string key, double min, double max)
    {
        if (map.Find(key) is not { } node) return null;
        var v = node.AsDouble($"camera.{key}");
        return v >= min && v <= max ? v : throw node.Error($"camera.{key} must lie between {min} and {max}, not {v.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
    }
}
