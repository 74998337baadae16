import { NotFoundError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/api";

const notFound = () => errorResponse(new NotFoundError("This API endpoint"));
export { notFound as GET, notFound as POST, notFound as PATCH, notFound as PUT, notFound as DELETE };
