namespace TyokykyBot.Tests.Graph;

/// <summary>What <see cref="FakeGraph"/> recognises a request as; add a route here and in <see cref="FakeGraph.RouteOf"/>.</summary>
public enum GraphRoute
{
    /// <summary>Anything no route matches; answered 404 unless a test says otherwise.</summary>
    Other,

    Install,
    FindInstallation,
    Chat,

    GetSchedule,
    CreateEvent,
    UpdateEvent,
    CancelEvent,
    FindMeeting,
    UpdateMeeting,
}
