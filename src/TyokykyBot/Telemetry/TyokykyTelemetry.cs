using System.Diagnostics;

namespace TyokykyBot.Telemetry;

/// <summary>The app's one trace source; its meter has the same name (see <see cref="TyokykyMetrics"/>).</summary>
public static class TyokykyTelemetry
{
    public const string Name = "TyokykyBot";

    public static ActivitySource Source { get; } = new(Name);
}
