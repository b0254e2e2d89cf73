using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Tests.Outbox;

/// <summary>Each feature registers its kinds by key; a message constructs only its own handler.</summary>
public class OutboxHandlerRegistrationTests
{
    [Fact]
    public void AddOutboxHandler_KindRegisteredTwice_StopsNamingBothHandlers()
    {
        var services = new ServiceCollection().AddOutboxHandler<AuditingHandler>("k");

        var error = Assert.Throws<InvalidOperationException>(() => services.AddOutboxHandler<UnbuildableHandler>("k"));

        Assert.Contains("'k'", error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(AuditingHandler), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(UnbuildableHandler), error.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_OtherKindsHandlerCannotBeBuilt_MessageStillSent(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider, services: s => s.AddOutboxHandler<UnbuildableHandler>(UnbuildableHandler.Kind));
        var message = await bed.EnqueueAsync();

        await bed.DrainAsync();

        Assert.Equal(OutboxOutcomes.Sent, (await bed.FindAsync(message.Id)).Outcome);
        Assert.Equal(0, UnbuildableHandler.Built);
    }

    /// <summary>Throws when constructed: were every handler built for each message, nothing would be sent.</summary>
    private sealed class UnbuildableHandler : IOutboxHandler
    {
        public const string Kind = "unbuildable";

        public UnbuildableHandler()
        {
            Interlocked.Increment(ref built);
            throw new InvalidOperationException("Not this message's handler.");
        }

        private static int built;

        public static int Built => built;

        public Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken) => Task.FromResult(OutboxHandlerResult.Done);
    }
}
