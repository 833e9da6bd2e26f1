using System.Globalization;

namespace LlmWorks.Numerics;

/// <summary>
/// Reads lesson data from CSV. Errors are <see cref="DataFormatException"/>s naming file and line, because
/// the people feeding these files are lesson authors who need to fix the file, not read a stack trace.
/// </summary>
public static class CsvDataset
{
    /// <summary>Loads a CSV file; see <see cref="Parse"/> for the format.</summary>
    public static Dataset Load(string path, string? xColumn = null, string? yColumn = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!System.IO.File.Exists(path))
        {
            throw new DataFormatException(path, 0, "file not found");
        }

        return Parse(System.IO.File.ReadAllText(path), path, xColumn, yColumn);
    }

    /// <summary>
    /// Parses CSV text: a header row, comma separated fields, optional double quotes, blank and <c>#</c> comment
    /// lines ignored. With no column names the first two columns are x and y. Only the chosen columns must be numeric,
    /// so other columns may hold labels.
    /// </summary>
    public static Dataset Parse(string text, string sourceName, string? xColumn = null, string? yColumn = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        List<string>? header = null;
        var xIndex = -1;
        var yIndex = -1;
        var xs = new List<double>();
        var ys = new List<double>();
        for (var k = 0; k < lines.Length; k++)
        {
            var line = lines[k].TrimEnd('\r');
            var lineNo = k + 1;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var fields = CsvFields.Split(line, out var splitError)
                ?? throw new DataFormatException(sourceName, lineNo, splitError!);
            if (header is null)
            {
                header = fields;
                CheckHeader(header, sourceName, lineNo);
                xIndex = Resolve(header, xColumn, 0, "x", sourceName, lineNo);
                yIndex = Resolve(header, yColumn, 1, "y", sourceName, lineNo);
                continue;
            }

            if (fields.Count != header.Count)
            {
                throw new DataFormatException(sourceName, lineNo,
                    $"expected {Count(header.Count)}, found {fields.Count}");
            }

            xs.Add(Number(fields[xIndex], header[xIndex], sourceName, lineNo));
            ys.Add(Number(fields[yIndex], header[yIndex], sourceName, lineNo));
        }

        if (header is null)
        {
            throw new DataFormatException(sourceName, 0, "file is empty (a header row is required)");
        }

        if (xs.Count == 0)
        {
            throw new DataFormatException(sourceName, 0, "the file has a header row but no data rows");
        }

        return new Dataset(sourceName, header[xIndex], header[yIndex], [.. xs], [.. ys]);
    }

    /// <summary>Wraps in-memory arrays (copied, so later edits by the caller cannot change the dataset).</summary>
    public static Dataset FromArrays(string source, double[] x, double[] y, string xName = "x", string yName = "y")
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"x has {x.Length} values but y has {y.Length}; they must pair up", nameof(y));
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i]) || !double.IsFinite(y[i]))
            {
                throw new ArgumentException($"point {i} ({Fmt.N(x[i])}, {Fmt.N(y[i])}) is not finite", nameof(x));
            }
        }

        return new Dataset(source, xName, yName, (double[])x.Clone(), (double[])y.Clone());
    }

    private static string Count(int n) => n == 1 ? "1 field" : $"{n} fields";

    private static void CheckHeader(List<string> header, string source, int lineNo)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Length == 0)
            {
                throw new DataFormatException(source, lineNo, $"header column {i + 1} has no name");
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(header[i], header[j], StringComparison.OrdinalIgnoreCase))
                {
                    throw new DataFormatException(source, lineNo,
                        $"duplicate column name '{header[i]}' (columns {j + 1} and {i + 1})");
                }
            }
        }
    }

    private static int Resolve(List<string> header, string? name, int fallback, string role, string source, int lineNo)
    {
        if (name is null)
        {
            if (header.Count < 2)
            {
                throw new DataFormatException(source, lineNo,
                    $"need at least two columns for x and y, found {Count(header.Count)}: {string.Join(", ", header)}");
            }

            return fallback;
        }

        var exact = header.IndexOf(name);
        if (exact >= 0)
        {
            return exact;
        }

        var loose = header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        if (loose >= 0)
        {
            return loose;
        }

        throw new DataFormatException(source, lineNo,
            $"unknown {role} column '{name}'; available columns: {string.Join(", ", header)}");
    }

    private static double Number(string field, string column, string source, int lineNo)
    {
        if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new DataFormatException(source, lineNo, $"non-numeric value \"{field}\" in column '{column}'");
        }

        if (!double.IsFinite(value))
        {
            throw new DataFormatException(source, lineNo, $"non-finite value \"{field}\" in column '{column}'");
        }

        return value;
    }
}
