namespace LlmWorks.Figures.Projection;

/// <summary>A point in box coordinates: X along the first parameter, Y up (loss), Z along the second parameter.</summary>
public readonly record struct BoxPoint(double X, double Y, double Z);

/// <summary>A projected point: CSS-pixel position (Y down) and view depth (larger is farther from the camera).</summary>
public readonly record struct ScreenPoint(double X, double Y, double Depth);
