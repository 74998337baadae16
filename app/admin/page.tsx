import type { Metadata } from "next";
import { pageGate } from "@/lib/auth/guard";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { listUsers } from "@/lib/services/users";
import { formatDate } from "@/lib/format";
import { UserForm } from "@/components/admin/UserForm";
import { AccessDenied } from "@/components/ui/AccessDenied";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const { principal, denied } = await pageGate("user:manage", "/admin");
  if (denied) return <AccessDenied message="Only admins manage users and settings." />;
  const users = await listUsers(principal);
  return (
    <div className="grid-2">
      <div>
        <h1>Users</h1>
        <table className="list">
          <thead>
            <tr>
              <th>Email</th>
              <th>Name</th>
              <th>Role</th>
              <th>Since</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>{u.email}</td>
                <td>{u.name}</td>
                <td>{ROLE_LABELS[u.role]}</td>
                <td className="small">{formatDate(u.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <aside className="panel">
        <h2 style={{ marginTop: 0 }}>Add a user</h2>
        <UserForm />
      </aside>
    </div>
  );
}
