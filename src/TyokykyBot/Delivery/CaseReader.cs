using TyokykyBot.Cases;
using TyokykyBot.Localization;

namespace TyokykyBot.Delivery;

/// <summary>One person's view of a case, as the disclosure rule draws it, in their language: what a renderer is given.</summary>
public sealed record CaseReader(Case Case, string TenantId, string AadObjectId, CaseAccess Access, UiLanguage Language);
