namespace TyokykyBot.Tests.Integration.Flows;

/// <summary>A person of the demo directory as Teams would present them to the bot.</summary>
public sealed record TestUser(string AadObjectId, string Name)
{
    public static TestUser Aino { get; } = new("user-id-0", "Aino Virtanen");        // supervisor of Mikko
    public static TestUser Mikko { get; } = new("user-id-1", "Mikko Korhonen");      // employee
    public static TestUser Sanna { get; } = new("user-id-2", "Sanna Lehtinen");      // HR
    public static TestUser Johanna { get; } = new("user-id-3", "Johanna Heikkinen"); // OH nurse
    public static TestUser Timo { get; } = new("a3f1c2d4-0b5e-4c7a-9e21-5d8b6f0a1c11", "Timo Laine"); // another team's supervisor

    public string Mri => "29:" + AadObjectId;

    public string PersonalConversationId => "a:personal-" + AadObjectId;
}
