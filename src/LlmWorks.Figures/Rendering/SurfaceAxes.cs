using LlmWorks.Figures.Axes;
using LlmWorks.Figures.Projection;
using LlmWorks.Figures.Model;

namespace LlmWorks.Figures.Rendering;

/// <summary>
/// Plans the axis box in the unit projection (scale 1): the parameters are labelled along the two
/// floor edges nearest the camera, the loss along the back vertical edge furthest to the side.
/// </summary>
internal static class SurfaceAxes
{
    private const float TickLen = 5;
    private const float Gap = 4;

    /// <summary>Plans axes of <paramref name="s"/> as seen through <paramref name="unit"/>.</summary>
    public static SurfaceAxesPlan Plan(Surface3D s, SurfaceProjection unit, Theme theme, TextKit text)
    {
        var box = unit.Box;
        var (xh, zh, h) = (box.XHalf, box.ZHalf, SurfaceBox.HalfHeight);
        var plan = new SurfaceAxesPlan();
        var corners = new[] { (-xh, -zh), (xh, -zh), (-xh, zh), (xh, zh) };
        var near = corners.MinBy(c => unit.ToScreen(new BoxPoint(c.Item1, -h, c.Item2)).Depth);
        var (xn, zn) = near;
        var (xf, zf) = (-xn, -zn);

        plan.Panes.Add([new(-xh, -h, -zh), new(xh, -h, -zh), new(xh, -h, zh), new(-xh, -h, zh)]);
        plan.Panes.Add([new(xf, -h, -zh), new(xf, -h, zh), new(xf, h, zh), new(xf, h, -zh)]);
        plan.Panes.Add([new(-xh, -h, zf), new(xh, -h, zf), new(xh, h, zf), new(-xh, h, zf)]);
        foreach (var pane in plan.Panes)
            for (var k = 0; k < 4; k++)
                plan.Edges.Add((pane[k], pane[(k + 1) % 4]));

        var tickSize = ChartLayout.TickSize(theme);
        var uTicks = NiceTicks.Ticks(box.UMin, box.UMax, 5);
        var uStep = NiceTicks.Step(box.UMin, box.UMax, 5);
        var vTicks = NiceTicks.Ticks(box.VMin, box.VMax, 5);
        var vStep = NiceTicks.Step(box.VMin, box.VMax, 5);
        var lossTicks = LossTicks(box);

        foreach (var u in uTicks)
        {
            var x = box.XOf(u);
            plan.GridLines.Add((new(x, -h, -zh), new(x, -h, zh)));
            plan.GridLines.Add((new(x, -h, zf), new(x, h, zf)));
        }
        foreach (var v in vTicks)
        {
            var z = box.ZOf(v);
            plan.GridLines.Add((new(-xh, -h, z), new(xh, -h, z)));
            plan.GridLines.Add((new(xf, -h, z), new(xf, h, z)));
        }
        foreach (var (loss, _) in lossTicks)
        {
            var y = box.HeightOf(loss);
            plan.GridLines.Add((new(xf, y, -zh), new(xf, y, zh)));
            plan.GridLines.Add((new(-xh, y, zf), new(xh, y, zf)));
        }

        var floorCentre = unit.ToScreen(new BoxPoint(0, -h, 0));
        FloorAxis(plan, unit, text, theme, floorCentre, new(-xh, -h, zn), new(xh, -h, zn),
            uTicks.Select(u => (new BoxPoint(box.XOf(u), -h, zn), TickFormat.Format(u, uStep))), s.ULabel, tickSize, AxisTextRole.UTick);
        FloorAxis(plan, unit, text, theme, floorCentre, new(xn, -h, -zh), new(xn, -h, zh),
            vTicks.Select(v => (new BoxPoint(xn, -h, box.ZOf(v)), TickFormat.Format(v, vStep))), s.VLabel, tickSize, AxisTextRole.VTick);

        var side = new[] { (xf, zn), (xn, zf) }.MinBy(c => unit.ToScreen(new BoxPoint(c.Item1, 0, c.Item2)).X);
        LossAxis(plan, text, theme, side, lossTicks.Select(t => (new BoxPoint(side.Item1, box.HeightOf(t.Loss), side.Item2), t.Label)), s.LossLabel, tickSize);

        foreach (var x in new[] { -xh, xh })
            foreach (var y in new[] { -h, h })
                foreach (var z in new[] { -zh, zh })
                    plan.FitItems.Add(Item(unit, new BoxPoint(x, y, z), 0, 0, 0, 0));
        foreach (var t in plan.Texts)
            plan.FitItems.Add(Item(unit, t.Anchor, t.Dx - t.W / 2, t.Dy - t.H / 2, t.Dx + t.W / 2, t.Dy + t.H / 2));
        return plan;
    }

    private static FitItem Item(SurfaceProjection unit, BoxPoint p, float l, float t, float r, float b)
    {
        var sp = unit.ToScreen(p);
        return new FitItem(sp.X, sp.Y, l, t, r, b);
    }

    private static void FloorAxis(SurfaceAxesPlan plan, SurfaceProjection unit, TextKit text, Theme theme, ScreenPoint centre,
        BoxPoint a, BoxPoint b, IEnumerable<(BoxPoint At, string Label)> ticks, string label, double tickSize, AxisTextRole role)
    {
        var (sa, sb) = (unit.ToScreen(a), unit.ToScreen(b));
        var (ex, ey) = Normalize(sb.X - sa.X, sb.Y - sa.Y);
        var (nx, ny) = (ey, -ex);
        var (mx, my) = ((sa.X + sb.X) / 2 - centre.X, (sa.Y + sb.Y) / 2 - centre.Y);
        if (nx * mx + ny * my < 0)
            (nx, ny) = (-nx, -ny);
        var th = text.LineHeight(tickSize);
        var reach = 0f;
        foreach (var (at, lbl) in ticks)
        {
            var w = text.Width(lbl, tickSize);
            var half = (float)(Math.Abs(nx) * w / 2 + Math.Abs(ny) * th / 2);
            var d = TickLen + Gap + half;
            plan.Ticks.Add(new AxisTick(at, (float)(nx * TickLen), (float)(ny * TickLen)));
            plan.Texts.Add(new AxisText(at, lbl, tickSize, false, (float)(nx * d), (float)(ny * d), w, th, role));
            reach = Math.Max(reach, 2 * half);
        }
        if (string.IsNullOrEmpty(label))
            return;
        var lw = text.Width(label, theme.LabelSize);
        var lh = text.LineHeight(theme.LabelSize);
        var dist = TickLen + Gap + reach + Gap + 2 + (float)(Math.Abs(nx) * lw / 2 + Math.Abs(ny) * lh / 2);
        var mid = new BoxPoint((a.X + b.X) / 2, a.Y, (a.Z + b.Z) / 2);
        plan.Texts.Add(new AxisText(mid, label, theme.LabelSize, false, (float)(nx * dist), (float)(ny * dist), lw, lh));
    }

    private static void LossAxis(SurfaceAxesPlan plan, TextKit text, Theme theme, (double X, double Z) corner,
        IEnumerable<(BoxPoint At, string Label)> ticks, string label, double tickSize)
    {
        var th = text.LineHeight(tickSize);
        var reach = 0f;
        foreach (var (at, lbl) in ticks)
        {
            var w = text.Width(lbl, tickSize);
            plan.Ticks.Add(new AxisTick(at, -TickLen, 0));
            plan.Texts.Add(new AxisText(at, lbl, tickSize, false, -(TickLen + Gap + w / 2), 0, w, th, AxisTextRole.LossTick));
            reach = Math.Max(reach, w);
        }
        if (string.IsNullOrEmpty(label))
            return;
        var lw = text.Width(label, theme.LabelSize);
        var lh = text.LineHeight(theme.LabelSize);
        var mid = new BoxPoint(corner.X, 0, corner.Z);
        plan.Texts.Add(new AxisText(mid, label, theme.LabelSize, true, -(TickLen + Gap + reach + Gap + 4 + lh / 2), 0, lh, lw));
    }

    private static List<(double Loss, string Label)> LossTicks(SurfaceBox box)
    {
        if (!box.LogHeight)
        {
            var step = NiceTicks.Step(box.LossMin, box.LossMax, 5);
            return [.. NiceTicks.Ticks(box.LossMin, box.LossMax, 5).Select(l => (l, TickFormat.Format(l, step)))];
        }
        var (lo, hi) = (Math.Log10(box.LossMin), Math.Log10(box.LossMax));
        var decades = Enumerable.Range((int)Math.Ceiling(lo - 1e-9), Math.Max(0, (int)Math.Floor(hi + 1e-9) - (int)Math.Ceiling(lo - 1e-9) + 1)).ToList();
        if (decades.Count >= 2)
            return [.. decades.Where((_, i) => decades.Count <= 6 || i % 2 == 0).Select(e => (Math.Pow(10, e), TickFormat.PowerOfTen(e)))];
        var list = new List<(double, string)>();
        for (var e = (int)Math.Floor(lo); e <= (int)Math.Ceiling(hi); e++)
            foreach (var m in new[] { 1, 2, 5 })
            {
                var v = m * Math.Pow(10, e);
                if (v >= box.LossMin * (1 - 1e-9) && v <= box.LossMax * (1 + 1e-9))
                    list.Add((v, TickFormat.Format(v, Math.Pow(10, e))));
            }
        return list;
    }

    private static (double X, double Y) Normalize(double x, double y)
    {
        var len = Math.Sqrt(x * x + y * y);
        return len > 1e-12 ? (x / len, y / len) : (1, 0);
    }
}
