// Benchmark peer for bench/run: the Bot Framework JS SDK (botbuilder 4.23.3) echo bot,
// hosted the way the official 02.echo-bot sample hosts it (restify + CloudAdapter), and run
// as a local developer runs it: NO app id, so the SDK neither validates the incoming JWT
// nor attaches a token to its reply. It listens on 127.0.0.1:$PORT only and logs only errors.
'use strict';

const restify = require('restify');
const {
    ActivityHandler,
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication
} = require('botbuilder');

class EchoBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            await context.sendActivity(`Echo: ${ context.activity.text }`);
            await next();
        });
    }
}

// No MicrosoftAppId / MicrosoftAppPassword: anonymous, as on a developer's machine.
const botFrameworkAuthentication = new ConfigurationBotFrameworkAuthentication({});
const adapter = new CloudAdapter(botFrameworkAuthentication);
adapter.onTurnError = async (context, error) => {
    console.error(`[onTurnError] unhandled error: ${ error }`);
};

const bot = new EchoBot();

const server = restify.createServer();
server.use(restify.plugins.bodyParser());

server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
});

server.get('/readyz', (req, res, next) => {
    res.send(200);
    return next();
});

const port = Number(process.env.PORT || 3978);
server.listen(port, '127.0.0.1');
