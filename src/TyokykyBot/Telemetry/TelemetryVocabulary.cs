using TyokykyBot.Bot;

namespace TyokykyBot.Telemetry;

/// <summary>
/// The tag vocabularies that come from what the features registered rather than from a list: a
/// card verb is tagged only if some handler owns it, anything else is <see cref="TelemetryTags.Other"/>.
/// </summary>
public sealed class TelemetryVocabulary(CardVerbKeys verbs)
{
    private readonly HashSet<string> knownVerbs = [.. verbs.Keys];

    public string OfVerb(string? value) => value is not null && knownVerbs.Contains(value) ? value : TelemetryTags.Other;
}
