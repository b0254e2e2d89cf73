namespace TyokykyBot.Cases;

/// <summary>
/// What one person may do with one memo version, as <see cref="Disclosure.ForMemo"/> decides it. Cards
/// and handlers read these flags and nothing else.
/// </summary>
/// <param name="As">The reader as a participant of the case, when the latest consent covers them.</param>
/// <param name="Writes">The secretary: edits the draft, sends it for approval, records external approvals.</param>
/// <param name="Approves">An attendee of this version while it circulates: approves it or asks for a correction.</param>
/// <param name="Receives">A recipient of this final version: holds a copy and may export it.</param>
public sealed record MemoAccess(Participant? As, bool Writes, bool Approves, bool Receives)
{
    public static MemoAccess Nothing { get; } = new(null, false, false, false);

    /// <summary>May see the memo's text: its writer, its approvers while it circulates, its recipients once final.</summary>
    public bool SeesText => Writes || Approves || Receives;
}
