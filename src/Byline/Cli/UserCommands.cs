using System.CommandLine;
using Byline.Newsroom.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Byline.Cli;

// `byline user add EMAIL --role ROLE [--name NAME]`: a newsroom account from the command line,
// with a one-time link to set its password (printed, and mailed when Byline:Mail is set up).
// `byline user link EMAIL`: a fresh password-reset link, for someone locked out or without mail.
// `byline user list`. The first Administrator added to an empty newsroom becomes its owner.
public static class UserCommands
{
    public static Command Create()
    {
        var user = new Command("user", "Manage newsroom accounts: add someone with a role, print a password link, list.");
        user.Subcommands.Add(Add());
        user.Subcommands.Add(Link());
        user.Subcommands.Add(List());
        return user;
    }

    private static Command Add()
    {
        var email = new Argument<string>("email") { Description = "The person's e-mail address; they sign in with it." };
        var role = new Option<string>("--role", "-r") { Description = $"One of {string.Join(", ", Roles.All)}.", Required = true };
        var name = new Option<string?>("--name", "-n") { Description = "The name shown in the newsroom (the e-mail's first part when left out)." };
        var add = new Command("add", "Add a person with a role and print a one-time link (valid seven days) to set their password.") { email, role, name };
        add.SetAction((parse, ct) => BylineCli.WithHostAsync(async services =>
        {
            await services.PrepareSchemaAsync(ct);
            var roleName = Roles.Find(parse.GetValue(role));
            if (roleName is null)
            {
                await Console.Error.WriteLineAsync($"--role must be one of {string.Join(", ", Roles.All)}.");
                return 2;
            }

            var db = services.GetRequiredService<BylineDb>();
            var first = !await db.Users.AnyAsync(ct);
            var outcome = await services.GetRequiredService<Invitations>().InviteAsync(parse.GetValue(email)!, parse.GetValue(name), roleName, ct);
            if (outcome.User is null)
            {
                foreach (var error in outcome.Errors)
                {
                    await Console.Error.WriteLineAsync(error);
                }

                return 1;
            }

            if (first && roleName == Roles.Administrator)
            {
                outcome.User.IsOwner = true;
                await services.GetRequiredService<UserManager<NewsroomUser>>().UpdateAsync(outcome.User);
            }

            Console.WriteLine($"Added {outcome.User.Email} as {roleName}{(outcome.User.IsOwner ? " (the owner)" : "")}.");
            Console.WriteLine(outcome.Mailed ? "An invitation was e-mailed. The link is also here:" : outcome.MailError ?? "Mail is not set up (Byline:Mail:Host): give them this link.");
            Console.WriteLine("It sets their password once, within seven days:");
            Console.WriteLine(outcome.Link);
            return 0;
        }));
        return add;
    }

    private static Command Link()
    {
        var email = new Argument<string>("email") { Description = "The account's e-mail address." };
        var link = new Command("link", "Print a one-time link (valid two hours) to choose a new password; it also lifts a lockout.") { email };
        link.SetAction((parse, ct) => BylineCli.WithHostAsync(async services =>
        {
            await services.PrepareSchemaAsync(ct);
            var user = await services.GetRequiredService<UserManager<NewsroomUser>>().FindByEmailAsync(parse.GetValue(email)!.Trim());
            if (user is null || user.IsDisabled)
            {
                await Console.Error.WriteLineAsync(user is null ? "No account has that e-mail address." : "That account is disabled; enable it in the newsroom first.");
                return 1;
            }

            Console.WriteLine(await services.GetRequiredService<AccountLinks>().ResetAsync(user, ct));
            return 0;
        }));
        return link;
    }

    private static Command List()
    {
        var list = new Command("list", "List accounts: e-mail, name, role, state.");
        list.SetAction((_, ct) => BylineCli.WithHostAsync(async services =>
        {
            await services.PrepareSchemaAsync(ct);
            var db = services.GetRequiredService<BylineDb>();
            var rows = await db.Users.AsNoTracking().OrderBy(u => u.Email)
                .Select(u => new
                {
                    u.Email, u.DisplayName, u.IsOwner, u.DisabledAt,
                    Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                })
                .ToListAsync(ct);
            if (rows.Count == 0)
            {
                Console.WriteLine("No accounts. Open /newsroom/setup in a browser, or run `byline user add EMAIL --role Administrator`.");
            }

            foreach (var u in rows)
            {
                Console.WriteLine($"{u.Email}\t{u.DisplayName}\t{u.Role}{(u.IsOwner ? " (owner)" : "")}\t{(u.DisabledAt is null ? "active" : "disabled")}");
            }

            return 0;
        }));
        return list;
    }
}
