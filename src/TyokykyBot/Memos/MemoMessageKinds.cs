namespace TyokykyBot.Memos;

/// <summary>The memo's outbox kinds and card purposes. Arguments carry ids and version numbers only, never memo text.</summary>
public static class MemoMessageKinds
{
    /// <summary>A memo version to one approver's private chat (target: their AAD id; arguments: the memo id).</summary>
    public const string DeliverApproval = "memo.approval";

    /// <summary>Every delivered card of the case's memos drawn again in place (target: the case id).</summary>
    public const string UpdateCards = "memo.update";

    /// <summary>Whether a circulating version is approved by all, and if so making it final (target: the case id; arguments: the memo id).</summary>
    public const string Settle = "memo.settle";

    /// <summary>The final memo to one recipient's private chat (target: their AAD id; arguments: the memo id).</summary>
    public const string DeliverFinal = "memo.deliver";

    /// <summary>Those whose approval is pending are reminded (target: the case id; arguments: the memo id).</summary>
    public const string RemindApprovers = "memo.remind";

    /// <summary>The file consent card for a PDF of the final memo (target: the recipient's AAD id; arguments: the memo id).</summary>
    public const string OfferExport = "memo.export.offer";

    /// <summary>The secretary's draft overview and section cards, remembered so each save redraws the same card.</summary>
    public const string DraftPurpose = "MemoDraft";

    /// <summary>A memo version as its approvers and recipients hold it, updated in place for every version and retraction.</summary>
    public const string MemoPurpose = "Memo";

    /// <summary>The file consent card of an export, replaced by the file's card once uploaded.</summary>
    public const string ExportPurpose = "MemoExport";
}
