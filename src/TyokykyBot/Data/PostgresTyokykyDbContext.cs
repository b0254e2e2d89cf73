using Microsoft.EntityFrameworkCore;

namespace TyokykyBot.Data;

public sealed class PostgresTyokykyDbContext(DbContextOptions<PostgresTyokykyDbContext> options) : TyokykyDbContext(options);
