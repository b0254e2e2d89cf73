namespace TyokykyBot.Cases;

/// <summary>The employee's answer made a new consent version (given, changed, declined or withdrawn).</summary>
public sealed record ConsentRecorded(ConsentDecision Decision) : CaseEvent;
