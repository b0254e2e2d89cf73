using System.Text.Json.Nodes;

namespace TyokykyBot.Tests.Infra;

public class BicepTests
{
    [Fact]
    public async Task Build_MainBicep_CompilesWithoutWarnings()
    {
        var (exit, stdout, stderr) = await BicepCli.BuildMain();

        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("Warning", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Error", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(JsonNode.Parse(stdout));
    }

    [Fact]
    public async Task Lint_MainBicep_NoFindings()
    {
        var (exit, stdout, stderr) = await BicepCli.Run("lint", BicepCli.MainBicep);

        Assert.True(exit == 0, stdout + stderr);
        Assert.DoesNotContain("Warning", stdout + stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Error", stdout + stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Build_MainBicep_OutputsWhatTheDeployStepsUse()
    {
        var template = await Compile();

        var outputs = template["outputs"]!.AsObject().Select(o => o.Key);

        Assert.Superset(new HashSet<string> { "messagingEndpoint", "botAppId", "botDomain", "webAppName", "keyVaultName" }, outputs.ToHashSet());
    }

    [Theory]
    [InlineData("\"msaAppType\": \"UserAssignedMSI\"")]
    [InlineData("\"channelName\": \"MsTeamsChannel\"")]
    [InlineData("\"linuxFxVersion\": \"DOTNETCORE|10.0\"")]
    [InlineData("\"healthCheckPath\": \"/readyz\"")]
    [InlineData("\"httpsOnly\": true")]
    [InlineData("\"alwaysOn\": true")]
    [InlineData("\"ftpsState\": \"Disabled\"")]
    [InlineData("\"enableRbacAuthorization\": true")]
    [InlineData("\"enablePurgeProtection\": true")]
    [InlineData("'require_secure_transport'")]
    [InlineData("createObject('publicNetworkAccess', 'Disabled'")]
    [InlineData("4633458b-17de-408a-b874-0445c86b69e6")]
    [InlineData("@Microsoft.KeyVault(VaultName={0};SecretName=")]
    [InlineData("'Directory__Provider'")]
    [InlineData("Directory__Groups__")]
    public async Task Build_MainBicep_CarriesTheRequiredSetting(string fragment)
    {
        var (_, stdout, _) = await BicepCli.BuildMain();

        Assert.Contains(fragment, stdout);
    }

    [Fact]
    public async Task Build_PostgresPublicAccess_OffByDefault()
    {
        var template = await Compile();

        Assert.False((bool)template["parameters"]!["postgresAllowPublicAccess"]!["defaultValue"]!);
        Assert.Equal("securestring", (string?)template["parameters"]!["postgresAdministratorPassword"]!["type"]);
    }

    [Fact]
    public void ExampleParameters_NameOnlyParametersOfMain()
    {
        var example = JsonNode.Parse(File.ReadAllText(RepoFiles.Path("infra", "main.parameters.example.json")))!;
        var main = File.ReadAllText(BicepCli.MainBicep);

        Assert.All(example["parameters"]!.AsObject(), p => Assert.Contains($"param {p.Key} ", main));
        Assert.False(example["parameters"]!.AsObject().ContainsKey("postgresAdministratorPassword"), "no secrets in the example");
    }

    private static async Task<JsonObject> Compile()
    {
        var (exit, stdout, stderr) = await BicepCli.BuildMain();
        Assert.True(exit == 0, stderr);
        return JsonNode.Parse(stdout)!.AsObject();
    }
}
