namespace TyokykyBot.Cases;

/// <summary>
/// What a remembered card shows: the case as a whole, one of its meetings (the first is 1, a
/// follow-up 2 and on), a memo or an agreed action. A person may hold one card per purpose and
/// subject, so a follow-up's pre-information never replaces the first meeting's. Stored as
/// <see cref="Key"/>: "case", "meeting:2", "memo:{id}", "action:{id}".
/// </summary>
public readonly record struct CardSubject
{
    private CardSubject(string key) => Key = key;

    public string Key { get; }

    public static CardSubject Case { get; } = new("case");

    public static CardSubject Meeting(int number) =>
        number >= 1 ? new($"meeting:{number}") : throw new ArgumentOutOfRangeException(nameof(number), "Meetings are numbered from 1.");

    public static CardSubject Memo(Guid memoId) => new($"memo:{memoId:N}");

    public static CardSubject Action(Guid actionId) => new($"action:{actionId:N}");

    public override string ToString() => Key;
}
