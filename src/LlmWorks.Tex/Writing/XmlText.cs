namespace LlmWorks.Tex.Writing;

using System.Text;

/// <summary>Escapes text for XML/HTML element content.</summary>
internal static class XmlText
{
    /// <summary>Appends <paramref name="text"/> to <paramref name="builder"/> with <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> escaped.</summary>
    public static void Append(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
    }
}
