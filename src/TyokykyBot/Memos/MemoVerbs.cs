namespace TyokykyBot.Memos;

/// <summary>The memo's Action.Execute verbs. Every one carries the case id and the memo id and version it was drawn for.</summary>
public static class MemoVerbs
{
    /// <summary>The secretary opens the draft's overview (from the prompt, <c>/muistio</c> or a section card's back button).</summary>
    public const string Open = "memo.open";

    /// <summary>The secretary opens one section's card to edit it.</summary>
    public const string Section = "memo.section";

    /// <summary>The secretary saves one section; nothing typed is lost.</summary>
    public const string Save = "memo.save";

    /// <summary>The secretary sees the whole memo as its approvers will.</summary>
    public const string Preview = "memo.preview";

    /// <summary>The secretary sends the draft for approval.</summary>
    public const string Send = "memo.send";

    /// <summary>The secretary starts the next version after a correction request.</summary>
    public const string Revise = "memo.revise";

    /// <summary>An approver approves the version shown.</summary>
    public const string Approve = "memo.approve";

    /// <summary>An approver asks the secretary for a correction, with a comment.</summary>
    public const string RequestCorrection = "memo.correction";

    /// <summary>The secretary records how an external participant's approval was obtained.</summary>
    public const string RecordExternalApproval = "memo.external";

    /// <summary>A recipient of the final memo asks for it as a PDF.</summary>
    public const string Export = "memo.export";
}
