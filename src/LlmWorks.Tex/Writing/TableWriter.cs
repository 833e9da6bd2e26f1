namespace LlmWorks.Tex.Writing;

using System.Text;
using LlmWorks.Tex.Syntax;

/// <summary>
/// Writes <c>&lt;mtable&gt;</c>. MathML Core has no <c>columnalign</c>, so alignment and column
/// padding are inline CSS on each <c>&lt;mtd&gt;</c>, like Temml's <c>tml-left</c>/<c>tml-right</c> classes.
/// </summary>
internal static class TableWriter
{
    /// <summary>Appends the table; <paramref name="writeCell"/> writes one cell's content.</summary>
    public static void Write(StringBuilder builder, TableNode table, Action<MathNode> writeCell)
    {
        var columns = table.Rows.Count == 0 ? 0 : table.Rows.Max(row => row.Count);
        builder.Append(table.Layout.DisplayStyle ? "<mtable displaystyle=\"true\">" : "<mtable>");
        foreach (var row in table.Rows)
        {
            builder.Append("<mtr>");
            for (var column = 0; column < row.Count; column++)
            {
                builder.Append("<mtd style=\"").Append(CellStyle(table.Layout, column, columns)).Append("\">");
                writeCell(row[column]);
                builder.Append("</mtd>");
            }

            builder.Append("</mtr>");
        }

        builder.Append("</mtable>");
    }

    private static string CellStyle(TableLayout layout, int column, int columns)
    {
        var align = layout.AlignColumn(column) switch
        {
            ColumnAlign.Left => "text-align:left;",
            ColumnAlign.Right => "text-align:right;",
            _ => string.Empty,
        };
        var (left, right) = layout.PadColumn(column, columns);
        return $"{align}padding-left:{left};padding-right:{right}";
    }
}
