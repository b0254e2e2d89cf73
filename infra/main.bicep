// TyökykyBot in one resource group: identity, bot registration, web app, PostgreSQL, Key Vault,
// monitoring and the network between them. See README "Deploy".
targetScope = 'resourceGroup'

@description('Short lowercase prefix for resource names.')
@minLength(3)
@maxLength(12)
param namePrefix string = 'tyokyky'

param location string = resourceGroup().location

@description('Entra tenant of the bot\'s identity and of the Teams users.')
param tenantId string = tenant().tenantId

@description('App Service plan SKU: Basic or higher (Always On).')
param appServicePlanSku string = 'B1'

@allowed(['F0', 'S1'])
param botSku string = 'F0'

@allowed(['15', '16'])
param postgresVersion string = '16'

param postgresSkuName string = 'Standard_B1ms'

@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param postgresSkuTier string = 'Burstable'

@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 14

param postgresAdministratorLogin string = 'tyokykyadmin'

@description('PostgreSQL administrator password; it goes into Key Vault inside the connection string and nowhere else.')
@secure()
@minLength(12)
param postgresAdministratorPassword string

@description('true gives PostgreSQL a public endpoint open to Azure services only; the default keeps it inside the VNet. Fixed at creation.')
param postgresAllowPublicAccess bool = false

@description('Object id of the administrator who sets the Key Vault secrets (az ad signed-in-user show --query id -o tsv); empty for none.')
param keyVaultAdministratorObjectId string = ''

@description('Call Microsoft Graph as the bot (calendars, app installation). Needs the Graph permissions and teamsCatalogAppId.')
param graphEnabled bool = false

@description('The app\'s id in the org app catalog (Graph teamsApp.id), known after uploading the app package.')
param teamsCatalogAppId string = ''

@description('Where people are looked up: Seed (the demo directory) or Graph (Entra ID; needs graphEnabled and the directory permissions).')
@allowed(['Seed', 'Graph'])
param directoryProvider string = 'Seed'

@description('With the Graph directory: role id (hr, oh-nurse, oh-physician, shop-steward, supervisor, other, health-data-handler, tracking, administrator) to the object id of its Entra group.')
param directoryGroups object = {}

param tags object = { app: 'tyokykybot' }

var suffix = uniqueString(resourceGroup().id)
var webAppName = '${namePrefix}-${suffix}'
var keyVaultName = '${take(namePrefix, 8)}-kv-${take(suffix, 10)}'
var connectionStringSecretName = 'tyokyky-connection-string'
var encryptionKeySecretName = 'tyokyky-encryption-key'
var messagingEndpoint = 'https://${webAppName}.azurewebsites.net/api/messages'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: { name: '${namePrefix}-bot-identity', location: location, tags: tags }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: { namePrefix: namePrefix, location: location, tags: tags }
}

module network 'modules/network.bicep' = {
  name: 'network'
  params: { namePrefix: namePrefix, location: location, tags: tags, privateDatabase: !postgresAllowPublicAccess }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    name: '${namePrefix}-pg-${suffix}'
    location: location
    tags: tags
    version: postgresVersion
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    backupRetentionDays: postgresBackupRetentionDays
    administratorLogin: postgresAdministratorLogin
    administratorPassword: postgresAdministratorPassword
    allowPublicAccess: postgresAllowPublicAccess
    delegatedSubnetId: postgresAllowPublicAccess ? '' : network.outputs.databaseSubnetId
    privateDnsZoneId: network.outputs.privateDnsZoneId
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: keyVaultName
    location: location
    tags: tags
    tenantId: tenantId
    readerPrincipalId: identity.outputs.principalId
    officerPrincipalId: keyVaultAdministratorObjectId
    secrets: {
      '${connectionStringSecretName}': 'Host=${postgres.outputs.fqdn};Database=${postgres.outputs.databaseName};Username=${postgresAdministratorLogin};Password=${postgresAdministratorPassword};SSL Mode=Require'
    }
  }
}

module web 'modules/web.bicep' = {
  name: 'web'
  params: {
    namePrefix: namePrefix
    name: webAppName
    location: location
    tags: tags
    planSku: appServicePlanSku
    identityResourceId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: tenantId
    keyVaultName: keyVault.outputs.name
    connectionStringSecretName: connectionStringSecretName
    encryptionKeySecretName: encryptionKeySecretName
    appInsightsConnectionString: monitoring.outputs.connectionString
    subnetId: network.outputs.appSubnetId
    graphEnabled: graphEnabled
    teamsCatalogAppId: teamsCatalogAppId
    directoryProvider: directoryProvider
    directoryGroups: directoryGroups
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${namePrefix}-bot-${suffix}'
    tags: tags
    sku: botSku
    identityResourceId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: tenantId
    messagingEndpoint: messagingEndpoint
  }
}

output messagingEndpoint string = messagingEndpoint
@description('The bot\'s app id: the managed identity\'s client id (script/package --bot-id).')
output botAppId string = identity.outputs.clientId
output botDomain string = web.outputs.hostName
output webAppName string = web.outputs.name
output keyVaultName string = keyVault.outputs.name
output encryptionKeySecretName string = encryptionKeySecretName
output identityPrincipalId string = identity.outputs.principalId
