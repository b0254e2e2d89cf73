// PostgreSQL flexible server: TLS required, backups kept, no public access unless asked for.
param name string
param location string
param tags object

@allowed(['15', '16'])
param version string = '16'

param skuName string = 'Standard_B1ms'

@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param skuTier string = 'Burstable'

@minValue(32)
param storageSizeGB int = 32

@minValue(7)
@maxValue(35)
param backupRetentionDays int = 14

param administratorLogin string

@secure()
param administratorPassword string

param databaseName string = 'tyokyky'

@description('false: reachable only from the delegated subnet (VNet integration). true: public endpoint, Azure services only.')
param allowPublicAccess bool = false

@description('Delegated subnet for the server when it has no public access.')
param delegatedSubnetId string = ''

@description('Private DNS zone (*.postgres.database.azure.com) linked to the VNet, when it has no public access.')
param privateDnsZoneId string = ''

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: name
  location: location
  tags: tags
  sku: { name: skuName, tier: skuTier }
  properties: {
    version: version
    administratorLogin: administratorLogin
    administratorLoginPassword: administratorPassword
    authConfig: {
      passwordAuth: 'Enabled'
      activeDirectoryAuth: 'Disabled'
    }
    storage: { storageSizeGB: storageSizeGB, autoGrow: 'Enabled' }
    backup: { backupRetentionDays: backupRetentionDays, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
    network: allowPublicAccess
      ? { publicNetworkAccess: 'Enabled' }
      : {
          publicNetworkAccess: 'Disabled'
          delegatedSubnetResourceId: delegatedSubnetId
          privateDnsZoneArmResourceId: privateDnsZoneId
        }
  }
}

resource secureTransport 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2024-08-01' = {
  parent: server
  name: 'require_secure_transport'
  properties: {
    value: 'on'
    source: 'user-override'
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
  dependsOn: [secureTransport]
}

// 0.0.0.0 is Azure's "allow Azure services" rule: the web app, not the internet.
resource azureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = if (allowPublicAccess) {
  parent: server
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
  dependsOn: [database]
}

output fqdn string = server.properties.fullyQualifiedDomainName
output databaseName string = database.name
