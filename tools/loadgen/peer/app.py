"""The users service's endpoints in FastAPI + SQLAlchemy async + asyncpg: the service a reader
of the tutorial this workbook grew from would write, for `loadgen --compare-http` to measure
beside the Rust one over HTTP, with the same workload, client and connection budget.

It serves what the workload calls (create, get, set a balance, delete, transfer, health) with
the tutorial's idioms: an async engine with a bounded pool, `async_sessionmaker` with
`expire_on_commit=False`, ORM models, and a transfer that locks both rows in id order
(`with_for_update`) inside one transaction. Settings come from the environment:

  DATABASE_URL   postgresql+asyncpg://user:password@host:port/db (required)
  POOL_SIZE      the engine's pool (max_overflow 0), the same budget as the Rust service's POOL_MAX
  PRE_PING       1 to check a connection before lending it (as the Rust pools do), 0 not to

Run: uvicorn app:app --loop uvloop --http httptools --workers N (the loader does).
"""

import os
from decimal import Decimal

from fastapi import FastAPI, HTTPException, Response
from pydantic import BaseModel, Field
from sqlalchemy import BigInteger, Numeric, String, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

engine = create_async_engine(
    os.environ["DATABASE_URL"],
    pool_size=int(os.environ.get("POOL_SIZE", "16")),
    max_overflow=0,
    pool_pre_ping=os.environ.get("PRE_PING", "1") == "1",
)
Session = async_sessionmaker(engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    email: Mapped[str] = mapped_column(String(100), unique=True)
    balance: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))


class NewUser(BaseModel):
    name: str = Field(min_length=1, max_length=50)
    email: str = Field(min_length=3, max_length=100)


class BalanceUpdate(BaseModel):
    balance: Decimal = Field(ge=0, max_digits=12, decimal_places=2)


class TransferRequest(BaseModel):
    model_config = {"populate_by_name": True}
    from_: int = Field(alias="from")
    to: int
    amount: Decimal = Field(gt=0, max_digits=12, decimal_places=2)


def as_json(user: User) -> dict:
    return {
        "id": user.id,
        "name": user.name,
        "email": user.email,
        "balance": f"{user.balance:.2f}",
    }


app = FastAPI()


@app.get("/health")
async def health() -> dict:
    async with Session() as session:
        await session.execute(select(1))
    return {"status": "ok"}


@app.post("/users", status_code=201)
async def create_user(new: NewUser) -> dict:
    async with Session() as session:
        user = User(name=new.name.strip(), email=new.email.lower(), balance=Decimal("0"))
        session.add(user)
        try:
            await session.commit()
        except IntegrityError:
            raise HTTPException(409, "a user with that email already exists")
        return as_json(user)


@app.get("/users/{user_id}")
async def get_user(user_id: int) -> dict:
    async with Session() as session:
        user = await session.get(User, user_id)
        if user is None:
            raise HTTPException(404, f"there is no user {user_id}")
        return as_json(user)


@app.patch("/users/{user_id}")
async def set_balance(user_id: int, update: BalanceUpdate) -> dict:
    async with Session() as session, session.begin():
        user = await session.get(User, user_id)
        if user is None:
            raise HTTPException(404, f"there is no user {user_id}")
        user.balance = update.balance
    return as_json(user)


@app.delete("/users/{user_id}", status_code=204)
async def delete_user(user_id: int) -> Response:
    async with Session() as session, session.begin():
        user = await session.get(User, user_id)
        if user is None:
            raise HTTPException(404, f"there is no user {user_id}")
        await session.delete(user)
    return Response(status_code=204)


@app.post("/transfers")
async def transfer(request: TransferRequest) -> dict:
    if request.from_ == request.to:
        raise HTTPException(422, "cannot transfer from a user to the same user")
    async with Session() as session, session.begin():
        # Both rows locked in id order, so that opposite transfers cannot deadlock.
        rows = await session.scalars(
            select(User)
            .where(User.id.in_([request.from_, request.to]))
            .order_by(User.id)
            .with_for_update()
        )
        users = {user.id: user for user in rows}
        for wanted in (request.from_, request.to):
            if wanted not in users:
                raise HTTPException(404, f"there is no user {wanted}")
        payer = users[request.from_]
        if payer.balance < request.amount:
            raise HTTPException(422, "insufficient funds")
        payer.balance -= request.amount
        users[request.to].balance += request.amount
    return {"from": request.from_, "to": request.to, "amount": f"{request.amount:.2f}"}
