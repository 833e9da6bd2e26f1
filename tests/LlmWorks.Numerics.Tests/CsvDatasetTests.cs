namespace LlmWorks.Numerics.Tests;

public sealed class CsvDatasetTests
{
    private static DataFormatException Fails(string text, string? x = null, string? y = null) =>
        Assert.Throws<DataFormatException>(() => CsvDataset.Parse(text, "data.csv", x, y));

    [Fact]
    public void Parses_first_two_columns_with_quotes_comments_and_blank_trailing_lines()
    {
        var d = CsvDataset.Parse("# lesson data\n\"size\", price\n1.5,\"2e1\"\r\n# note\n-3,4.25\n\n\n", "s");
        Assert.Equal("size", d.XName);
        Assert.Equal("price", d.YName);
        Assert.Equal([1.5, -3], d.X);
        Assert.Equal([20, 4.25], d.Y);
        Assert.Equal(2, d.Count);
        Assert.Equal("s", d.Source);
    }

    [Fact]
    public void Selects_named_columns_and_ignores_text_in_other_columns()
    {
        var d = CsvDataset.Parse("label,a,b\n\"x, y\",1,2\nfoo,3,4\n", "s", xColumn: "b", yColumn: "A");
        Assert.Equal([2, 4], d.X);
        Assert.Equal([1, 3], d.Y);
        Assert.Equal("b", d.XName);
        Assert.Equal("a", d.YName);
    }

    [Fact]
    public void Escaped_quotes_inside_quoted_fields()
    {
        var d = CsvDataset.Parse("\"he said \"\"x\"\"\",y\n1,2\n", "s");
        Assert.Equal("he said \"x\"", d.XName);
    }

    [Fact]
    public void Empty_text_is_a_whole_file_error()
    {
        var e = Fails("  \n\n");
        Assert.Equal(0, e.Line);
        Assert.Equal("data.csv", e.File);
        Assert.StartsWith("data.csv: ", e.Message);
        Assert.Contains("empty", e.Message);
    }

    [Fact]
    public void Header_only_is_an_error()
    {
        var e = Fails("x,y\n\n");
        Assert.Equal(0, e.Line);
        Assert.Contains("no data rows", e.Message);
    }

    [Fact]
    public void Unknown_column_lists_the_available_ones()
    {
        var e = Fails("# c\nheight,weight\n1,2\n", x: "age");
        Assert.Equal(2, e.Line);
        Assert.Equal("data.csv:2: unknown x column 'age'; available columns: height, weight", e.Message);
    }

    [Fact]
    public void Non_numeric_value_is_quoted_with_its_column_and_line()
    {
        var e = Fails("x,y\n1,2\n3,abc\n");
        Assert.Equal(3, e.Line);
        Assert.Equal("data.csv:3: non-numeric value \"abc\" in column 'y'", e.Message);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e400")]
    public void Non_finite_values_are_rejected(string value)
    {
        var e = Fails($"x,y\n{value},2\n");
        Assert.Equal(2, e.Line);
        Assert.Contains("non-finite", e.Message);
        Assert.Contains("column 'x'", e.Message);
    }

    [Fact]
    public void Ragged_rows_report_expected_and_found_counts()
    {
        var e = Fails("x,y,z\n1,2,3\n4,5\n");
        Assert.Equal(3, e.Line);
        Assert.Contains("expected 3 fields, found 2", e.Message);
    }

    [Fact]
    public void Duplicate_header_names_are_rejected()
    {
        var e = Fails("x,y,X\n1,2,3\n");
        Assert.Equal(1, e.Line);
        Assert.Contains("duplicate column name", e.Message);
    }

    [Fact]
    public void Unterminated_quote_is_reported()
    {
        var e = Fails("x,y\n\"1,2\n");
        Assert.Equal(2, e.Line);
        Assert.Contains("quote", e.Message);
    }

    [Fact]
    public void Single_column_without_names_is_an_error()
    {
        var e = Fails("x\n1\n");
        Assert.Contains("at least two columns", e.Message);
    }

    [Fact]
    public void Load_reads_a_file_and_names_it_in_errors()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var good = Path.Combine(dir.FullName, "good.csv");
            File.WriteAllText(good, "x,y\n1,2\n3,4\n");
            var d = CsvDataset.Load(good);
            Assert.Equal([1, 3], d.X);
            Assert.Equal(good, d.Source);

            var missing = Path.Combine(dir.FullName, "missing.csv");
            var e = Assert.Throws<DataFormatException>(() => CsvDataset.Load(missing));
            Assert.Equal(missing, e.File);
            Assert.Equal(0, e.Line);

            var empty = Path.Combine(dir.FullName, "empty.csv");
            File.WriteAllText(empty, "");
            Assert.Contains("empty", Assert.Throws<DataFormatException>(() => CsvDataset.Load(empty)).Message);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void FromArrays_copies_and_validates()
    {
        double[] x = [1, 2];
        var d = CsvDataset.FromArrays("mem", x, [3, 4]);
        x[0] = 99;
        Assert.Equal(1, d.X[0]);
        Assert.Throws<ArgumentException>(() => CsvDataset.FromArrays("mem", [1], [1, 2]));
        Assert.Throws<ArgumentException>(() => CsvDataset.FromArrays("mem", [double.NaN], [1]));
    }
}
