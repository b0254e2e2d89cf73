namespace TyokykyBot.Graph;

/// <summary>Any Graph entity read only for its id: an installation, a chat.</summary>
internal sealed record GraphEntity(string? Id);
