using System.Globalization;
using Xunit.Abstractions;

namespace LlmWorks.Figures.Tests.Encoders;

/// <summary>ffmpeg/ffprobe and ImageMagick as independent decoders of encoder output.</summary>
internal static class IndependentDecoders
{
    /// <summary>Frames counted by actually decoding with ffprobe, or null when the tool is missing (dev machine).</summary>
    public static int? FfprobeFrameCount(ITestOutputHelper output, string file)
    {
        var ffprobe = ExternalTools.Require(output, "ffmpeg", "ffprobe");
        if (ffprobe is null)
            return null;
        var r = ExternalTools.Run(ffprobe, "-v", "error", "-count_frames", "-select_streams", "v:0",
            "-show_entries", "stream=nb_read_frames", "-of", "csv=p=0", file);
        Assert.True(r.ExitCode == 0, $"ffprobe failed ({r.ExitCode}): {r.Stderr}");
        Assert.True(string.IsNullOrWhiteSpace(r.Stderr), $"ffprobe reported: {r.Stderr}");
        return int.Parse(r.Stdout.Trim().TrimEnd(','), CultureInfo.InvariantCulture);
    }

    /// <summary>Every frame decoded by ffmpeg as RGBA, composited as a player shows it; null when ffmpeg is missing.</summary>
    public static List<byte[]>? FfmpegRgbaFrames(ITestOutputHelper output, string file, int width, int height)
    {
        var ffmpeg = ExternalTools.Require(output, "ffmpeg", "ffmpeg");
        if (ffmpeg is null)
            return null;
        var r = ExternalTools.Run(ffmpeg, "-v", "error", "-nostdin", "-i", file, "-fps_mode", "passthrough", "-enc_time_base", "-1",
            "-f", "rawvideo", "-pix_fmt", "rgba", "-");
        Assert.True(r.ExitCode == 0, $"ffmpeg failed ({r.ExitCode}): {r.Stderr}");
        Assert.True(string.IsNullOrWhiteSpace(r.Stderr), $"ffmpeg reported: {r.Stderr}");
        var size = width * height * 4;
        Assert.Equal(0, r.RawStdout.Length % size);
        return r.RawStdout.Chunk(size).ToList();
    }

    /// <summary>Frames ImageMagick reads (one line per frame from identify), or null when it is missing.</summary>
    public static int? ImageMagickFrameCount(ITestOutputHelper output, string fileSpec)
    {
        var magick = ExternalTools.Find("magick");
        string[] args = ["-format", "%w %h\n", fileSpec];
        var tool = magick ?? ExternalTools.Require(output, "imagemagick", "magick", "identify");
        if (tool is null)
            return null;
        var r = magick is null ? ExternalTools.Run(tool, args) : ExternalTools.Run(tool, ["identify", .. args]);
        Assert.True(r.ExitCode == 0, $"ImageMagick identify failed ({r.ExitCode}): {r.Stderr}");
        return r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
    }
}
