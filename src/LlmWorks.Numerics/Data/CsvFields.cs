namespace LlmWorks.Numerics;

/// <summary>
/// Splits one CSV line into fields. Kept separate from <see cref="CsvDataset"/> so the quoting rules
/// (optional double quotes, <c>""</c> as an escaped quote, whitespace around fields trimmed) live in one place.
/// </summary>
internal static class CsvFields
{
    /// <summary>Returns the fields, or null with an explanation when a quote is left open or followed by stray text.</summary>
    public static List<string>? Split(string line, out string? error)
    {
        var fields = new List<string>();
        var i = 0;
        error = null;
        while (true)
        {
            while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
            {
                i++;
            }

            if (i < line.Length && line[i] == '"')
            {
                var sb = new System.Text.StringBuilder();
                i++;
                var closed = false;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            sb.Append('"');
                            i += 2;
                            continue;
                        }

                        closed = true;
                        i++;
                        break;
                    }

                    sb.Append(line[i++]);
                }

                if (!closed)
                {
                    error = "unterminated double quote";
                    return null;
                }

                while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
                {
                    i++;
                }

                if (i < line.Length && line[i] != ',')
                {
                    error = "unexpected text after a closing double quote";
                    return null;
                }

                fields.Add(sb.ToString());
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var end = comma < 0 ? line.Length : comma;
                fields.Add(line[i..end].Trim());
                i = end;
            }

            if (i >= line.Length)
            {
                return fields;
            }

            i++; // skip the comma; a trailing comma yields a final empty field
            if (i == line.Length)
            {
                fields.Add(string.Empty);
                return fields;
            }
        }
    }
}
