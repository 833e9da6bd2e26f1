using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace LlmWorks.Site.Publishing;

/// <summary><c>manifest.json</c>: every file of the site with its SHA-256, size and source.</summary>
public static class Manifest
{
    /// <summary>The manifest's own path in the site.</summary>
    public const string FileName = "manifest.json";

    /// <summary>Serialises the manifest of <paramref name="files"/> (stable order, no timestamps).</summary>
    public static byte[] Build(IEnumerable<SiteFile> files)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("files");
            foreach (var f in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("path", f.Path);
                json.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(f.Bytes)));
                json.WriteNumber("size", f.Bytes.Length);
                json.WriteString("source", f.Source);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>UTF-8 without a byte-order mark.</summary>
    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
