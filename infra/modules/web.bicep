// Linux App Service plan and the web app that serves /api/messages.
param namePrefix string
param name string
param location string
param tags object

@description('Basic or higher: Always On needs it.')
param planSku string = 'B1'

param identityResourceId string
param identityClientId string
param tenantId string
param keyVaultName string
param connectionStringSecretName string
param encryptionKeySecretName string
param appInsightsConnectionString string
param subnetId string
param graphEnabled bool
param teamsCatalogAppId string
param directoryProvider string
param directoryGroups object

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${namePrefix}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: { name: planSku }
  properties: {
    reserved: true
  }
}

var keyVaultReference = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName='

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityResourceId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityResourceId
    virtualNetworkSubnetId: subnetId
    vnetRouteAllEnabled: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/readyz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: concat([
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identityClientId }
        { name: 'MicrosoftAppTenantId', value: tenantId }
        { name: 'Database__Provider', value: 'Postgres' }
        { name: 'ConnectionStrings__Tyokyky', value: '${keyVaultReference}${connectionStringSecretName})' }
        { name: 'Encryption__Key', value: '${keyVaultReference}${encryptionKeySecretName})' }
        { name: 'Graph__Enabled', value: string(graphEnabled) }
        { name: 'Calendar__Provider', value: graphEnabled ? 'Graph' : 'Local' }
        { name: 'Teams__CatalogAppId', value: teamsCatalogAppId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
        { name: 'Directory__Provider', value: directoryProvider }
      ], map(items(directoryGroups), group => { name: 'Directory__Groups__${group.key}', value: string(group.value) }))
    }
  }
}

output name string = site.name
output hostName string = site.properties.defaultHostName
