using System.Collections.Immutable;
using Microsoft.Graph.Models;
using TyokykyBot.Seeds;

namespace TyokykyBot.People;

/// <summary>From Graph's user to the directory's person: the fields asked for, and who counts as a member.</summary>
internal static class GraphUsers
{
    /// <summary>Only what the cards and the rule use; <c>accountEnabled</c> and <c>userType</c> keep guests and disabled accounts out.</summary>
    public static readonly string[] Fields =
        ["id", "displayName", "mail", "userPrincipalName", "jobTitle", "department", "preferredLanguage", "accountEnabled", "userType"];

    public const string MembersOnly = "accountEnabled eq true and userType eq 'Member'";

    /// <summary>An enabled account of the tenant itself; a guest (<c>userType</c> Guest) is never a directory person.</summary>
    public static bool IsEnabledMember(User? user) =>
        user is { AccountEnabled: true, Id.Length: > 0 } && string.Equals(user.UserType, "Member", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every member may be the employee or another participant; the rest comes from the role groups.</summary>
    public static DirectoryPerson ToPerson(User user, IEnumerable<string> groupRoles, bool supervises) => new()
    {
        Id = user.Id!,
        AadObjectId = user.Id,
        DisplayName = user.DisplayName ?? user.UserPrincipalName ?? "",
        Email = !string.IsNullOrWhiteSpace(user.Mail) ? user.Mail : user.UserPrincipalName ?? "",
        UserPrincipalName = user.UserPrincipalName,
        JobTitle = user.JobTitle ?? "",
        Department = user.Department,
        DefaultLanguage = Language(user.PreferredLanguage),
        External = false,
        Roles = [.. new[] { RoleIds.Employee, RoleIds.Other }.Concat(groupRoles).Concat(supervises ? [RoleIds.Supervisor] : []).Distinct(StringComparer.Ordinal)],
        SupervisorOf = ImmutableArray<string>.Empty,
    };

    /// <summary>Graph's preferredLanguage is a tag such as sv-FI; Finnish unless it says Swedish or English.</summary>
    private static string Language(string? preferred) =>
        preferred?.Split('-')[0].ToLowerInvariant() switch
        {
            "sv" => "sv",
            "en" => "en",
            _ => "fi",
        };

    /// <summary>Text inside a quoted $search term: its own quotes and backslashes would end or escape the term.</summary>
    public static string SearchTerm(string text) => new([.. text.Where(c => c is not ('"' or '\\') && !char.IsControl(c))]);

    /// <summary>An OData string literal's quote is doubled.</summary>
    public static string Literal(string text) => text.Replace("'", "''", StringComparison.Ordinal);
}
