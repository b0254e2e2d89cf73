using Microsoft.Kiota.Abstractions;

namespace TyokykyBot.Telemetry;

/// <summary>
/// Names a Graph SDK call for telemetry and logs: <c>config.Options.Add(new GraphOperation("create event"))</c>
/// in the request builder's configuration. The SDK hands request options on to the HttpRequestMessage,
/// where <see cref="GraphTelemetryHandler"/> reads the name; names outside <see cref="GraphOperations.All"/> count as "other".
/// </summary>
public sealed class GraphOperation(string name) : IRequestOption
{
    /// <summary>The key the Kiota request adapter files every option under: its type's full name.</summary>
    private static readonly HttpRequestOptionsKey<IRequestOption> Key = new(typeof(GraphOperation).FullName!);

    public string Name { get; } = name;

    public static string? Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var option) && option is GraphOperation operation ? operation.Name : null;
}
