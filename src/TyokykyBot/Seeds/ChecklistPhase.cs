namespace TyokykyBot.Seeds;

/// <summary>When a checklist item applies. No zero member, so a missing phase is caught.</summary>
public enum ChecklistPhase
{
    Before = 1,
    Start,
    During,
    End,
}
