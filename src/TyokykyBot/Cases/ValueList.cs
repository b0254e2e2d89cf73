namespace TyokykyBot.Cases;

/// <summary>Builds <see cref="ValueList{T}"/> from collection expressions (<c>[.. items]</c>).</summary>
public static class ValueList
{
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => items.IsEmpty ? ValueList<T>.Empty : new(items.ToArray());

    public static ValueList<T> From<T>(IEnumerable<T>? items) => items is null ? ValueList<T>.Empty : Create<T>([.. items]);
}
